using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>A venue's state, folded from its events.</summary>
/// <remarks>v2 added the zones: v1 snapshots are ignored and the venue is rebuilt from its events.</remarks>
[EventName("venue.state.v2")]
public sealed record Venue(string Code, string Name, string TimeZone, int Capacity, VenueStatus Status, IReadOnlyList<VenueZone> Zones)
{
    /// <summary>Before registration.</summary>
    public static Venue Unregistered { get; } = new("", "", "", 0, VenueStatus.Planned, []);

    /// <summary>When the last keep-alive was received; null before the first (and in older snapshots, which predate it).</summary>
    public DateTimeOffset? LastKeepAlive { get; init; }

    /// <summary>Whether the venue has been registered.</summary>
    public bool IsRegistered => Code.Length > 0;

    /// <summary>Applies one event. Pure.</summary>
    public static Venue Evolve(Venue state, IVenueEvent @event) => @event switch
    {
        VenueRegistered e => new Venue(e.Code, e.Name, e.TimeZone, e.Capacity, VenueStatus.Planned, []),
        VenueKeepAliveRecorded e => state with { LastKeepAlive = e.At },
        VenueStatusChanged e => state with { Status = e.To },
        VenueZoneDefined e => state with { Zones = [.. state.Zones.Where(z => z.Number != e.Number).Append(new VenueZone(e.Number, e.Name)).OrderBy(z => z.Number)] },
        VenueZoneRemoved e => state with { Zones = [.. state.Zones.Where(z => z.Number != e.Number)] },
        _ => throw new InvalidOperationException($"Venue cannot apply {@event.GetType().Name}."),
    };
}
