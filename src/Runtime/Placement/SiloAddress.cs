namespace Olympics.Orleans.Runtime.Placement;

/// <summary>Where a silo (one runtime instance) listens.</summary>
/// <param name="Host">Host name or IP address.</param>
/// <param name="Port">Port of the silo-to-silo transport.</param>
public sealed record SiloAddress(string Host, int Port)
{
    /// <summary>The default address of a single, local silo.</summary>
    public static SiloAddress Local { get; } = new("localhost", 0);

    /// <inheritdoc />
    public override string ToString() => $"{Host}:{Port}";
}
