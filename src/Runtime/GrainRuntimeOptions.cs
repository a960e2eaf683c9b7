using Olympics.Orleans.Runtime.Placement;

namespace Olympics.Orleans.Runtime;

/// <summary>Settings of the grain runtime.</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>How long a caller waits for a grain call (queueing for the turn plus running). Default 30 s.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is deactivated. Default 15 min.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default 1 min.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The bound on one deactivation (waiting for the turn, then OnDeactivateAsync, each); stopping waits at most twice this. Default 10 s.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times an event-sourced command is retried after a version conflict. Default 3.</summary>
    public int MaxConflictRetries { get; set; } = 3;

    /// <summary>The address of this silo; placement compares against it to decide local or remote.</summary>
    public SiloAddress LocalSilo { get; set; } = SiloAddress.Local;
}
