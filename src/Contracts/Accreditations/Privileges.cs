namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>What an accreditation gives access to, as printed on the card. Time windows are kept apart (see <see cref="TimeWindow"/>).</summary>
/// <param name="Venues">Venue codes, or exactly one entry <see cref="AllVenues"/> for every venue.</param>
/// <param name="Zones">Zone numbers (0 to 999) the holder may enter within those venues.</param>
/// <param name="Transport">Transport code (T1, T2 ...), or null for none.</param>
/// <param name="Dining">Whether the holder may use the dining halls (DIN).</param>
/// <param name="ZonesByVenue">Zones at particular venues, replacing <paramref name="Zones"/> there (e.g. the field of play at STA only).</param>
public sealed record Privileges(
    IReadOnlyList<string> Venues, IReadOnlyList<int> Zones, string? Transport, bool Dining, IReadOnlyDictionary<string, IReadOnlyList<int>>? ZonesByVenue = null)
{
    /// <summary>The venue list entry meaning every venue.</summary>
    public const string AllVenues = "ALL";

    /// <summary>No access at all.</summary>
    public static Privileges None { get; } = new([], [], null, false);

    /// <summary>Whether the privileges cover every venue.</summary>
    public bool CoversAllVenues => Venues is [AllVenues];

    /// <summary>The zones the holder may enter at <paramref name="venue"/>.</summary>
    public IReadOnlyList<int> ZonesAt(string venue) => ZonesByVenue is not null && ZonesByVenue.TryGetValue(venue, out var zones) ? zones : Zones;

    /// <summary>Same venues, zones (also per venue), transport and dining (lists compared in order).</summary>
    public bool SameAs(Privileges other) =>
        other is not null && Venues.SequenceEqual(other.Venues) && Zones.SequenceEqual(other.Zones) && Transport == other.Transport && Dining == other.Dining
        && SameZonesByVenue(ZonesByVenue, other.ZonesByVenue);

    private static bool SameZonesByVenue(IReadOnlyDictionary<string, IReadOnlyList<int>>? a, IReadOnlyDictionary<string, IReadOnlyList<int>>? b) =>
        (a is null || a.Count == 0) ? (b is null || b.Count == 0)
        : b is not null && a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var zones) && zones.SequenceEqual(kv.Value));
}

/// <summary>Access to one venue only between two instants, e.g. an athlete's locker room for a session.</summary>
/// <param name="Venue">The venue code.</param>
/// <param name="Zones">Zones within the window; empty means the zones of the accreditation's <see cref="Privileges"/>.</param>
/// <param name="From">Start of the window (inclusive).</param>
/// <param name="Until">End of the window (exclusive).</param>
public sealed record TimeWindow(string Venue, IReadOnlyList<int> Zones, DateTimeOffset From, DateTimeOffset Until)
{
    /// <summary>Same venue, zones and instants.</summary>
    public bool SameAs(TimeWindow other) =>
        other is not null && Venue == other.Venue && Zones.SequenceEqual(other.Zones) && From == other.From && Until == other.Until;
}
