using System.Collections.Concurrent;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>A registered venue's time zone, looked up once per zone id: the gate reads validity days in it.</summary>
public static class VenueTimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    /// <summary>The venue's time zone, or null when the venue is not registered.</summary>
    public static TimeZoneInfo? Of(VenueDirectory venues, string venue)
    {
        ArgumentNullException.ThrowIfNull(venues);
        return venues.Find(venue)?.TimeZone is { Length: > 0 } id ? _zones.GetOrAdd(id, TimeZoneInfo.FindSystemTimeZoneById) : null;
    }
}
