using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>Turns a venue's state into the view callers read.</summary>
public static class VenueViews
{
    /// <summary>The view of <paramref name="venue"/> at stream version <paramref name="version"/>.</summary>
    public static VenueView From(Venue venue, long version)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return new VenueView(venue.Code, venue.Name, venue.TimeZone, venue.Capacity, venue.Status, version) { Zones = venue.Zones, LastKeepAlive = venue.LastKeepAlive };
    }
}
