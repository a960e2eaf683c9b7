using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>A venue's state, folded from its events.</summary>
[EventName("venue.state.v1")]
public sealed record Venue(string Code, string Name, string TimeZone, int Capacity, VenueStatus Status)
{
    /// <summary>Before registration.</summary>
    public static Venue Unregistered { get; } = new("", "", "", 0, VenueStatus.Planned);

    /// <summary>Whether the venue has been registered.</summary>
    public bool IsRegistered => Code.Length > 0;

    /// <summary>Applies one event. Pure.</summary>
    public static Venue Evolve(Venue state, IVenueEvent @event) => @event switch
    {
        VenueRegistered e => new Venue(e.Code, e.Name, e.TimeZone, e.Capacity, VenueStatus.Planned),
        VenueStatusChanged e => state with { Status = e.To },
        _ => throw new InvalidOperationException($"Venue cannot apply {@event.GetType().Name}."),
    };
}
