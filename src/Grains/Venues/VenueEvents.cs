using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>Everything that can happen to a venue.</summary>
public interface IVenueEvent;

/// <summary>The venue was registered.</summary>
[EventName("venue.registered.v1")]
public sealed record VenueRegistered(string Code, string Name, string TimeZone, int Capacity, DateTimeOffset At) : IVenueEvent;

/// <summary>The venue's operational status changed.</summary>
[EventName("venue.status-changed.v1")]
public sealed record VenueStatusChanged(VenueStatus From, VenueStatus To, string Reason, DateTimeOffset At) : IVenueEvent;

/// <summary>A zone was defined, or renamed when its number already existed.</summary>
[EventName("venue.zone-defined.v1")]
public sealed record VenueZoneDefined(int Number, string Name, DateTimeOffset At) : IVenueEvent;

/// <summary>A zone was removed.</summary>
[EventName("venue.zone-removed.v1")]
public sealed record VenueZoneRemoved(int Number, DateTimeOffset At) : IVenueEvent;

/// <summary>The venue's results system sent a keep-alive (ODF DT_KA), received at <paramref name="At"/>.</summary>
[EventName("venue.keep-alive-recorded.v1")]
public sealed record VenueKeepAliveRecorded(string Source, DateTimeOffset At) : IVenueEvent;
