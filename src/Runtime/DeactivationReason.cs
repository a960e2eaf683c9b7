namespace Olympics.Orleans.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReasonCode
{
    /// <summary>The activation was idle longer than its collection age limit.</summary>
    IdleTimeout,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>The runtime is stopping.</summary>
    ShuttingDown,
}

/// <summary>Why an activation is being deactivated, with a human-readable description for logs.</summary>
/// <param name="Code">The machine-readable reason.</param>
/// <param name="Description">A description for logs.</param>
public readonly record struct DeactivationReason(DeactivationReasonCode Code, string Description)
{
    internal static DeactivationReason Idle { get; } = new(DeactivationReasonCode.IdleTimeout, "Idle longer than the collection age limit.");

    internal static DeactivationReason Requested { get; } = new(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called.");

    internal static DeactivationReason Shutdown { get; } = new(DeactivationReasonCode.ShuttingDown, "The grain runtime is stopping.");
}
