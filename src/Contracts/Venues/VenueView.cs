namespace Olympics.Orleans.Contracts.Venues;

/// <summary>A venue's operational status.</summary>
public enum VenueStatus
{
    /// <summary>Registered, not yet operating.</summary>
    Planned,

    /// <summary>Operating: competition and results systems running.</summary>
    Operational,

    /// <summary>Operating with a fault (lost redundancy, a silent feed).</summary>
    Degraded,

    /// <summary>Not operating.</summary>
    Closed,
}

/// <summary>A venue as callers see it.</summary>
/// <param name="Code">The 3-letter venue code.</param>
/// <param name="Name">The venue's name.</param>
/// <param name="TimeZone">The IANA time zone of the venue's local time.</param>
/// <param name="Capacity">Spectator seats.</param>
/// <param name="Status">The operational status.</param>
/// <param name="Version">The venue stream's version: how many changes it has seen.</param>
public sealed record VenueView(string Code, string Name, string TimeZone, int Capacity, VenueStatus Status, long Version)
{
    /// <summary>The venue's zones, by number.</summary>
    public IReadOnlyList<VenueZone> Zones { get; init; } = [];

    /// <summary>When the last keep-alive (ODF DT_KA) of the venue's results system was received (UTC); null before the first.</summary>
    public DateTimeOffset? LastKeepAlive { get; init; }

    /// <summary>Views are equal when every field and every zone is.</summary>
    public bool Equals(VenueView? other) =>
        other is not null && Code == other.Code && Name == other.Name && TimeZone == other.TimeZone && Capacity == other.Capacity
        && Status == other.Status && Version == other.Version && Zones.SequenceEqual(other.Zones) && LastKeepAlive == other.LastKeepAlive;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, TimeZone, Capacity, Status, Version, Zones.Count, LastKeepAlive);
}
