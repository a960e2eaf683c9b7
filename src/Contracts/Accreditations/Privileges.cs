namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>What an accreditation gives access to, as printed on the card. Time windows are kept apart (see <see cref="TimeWindow"/>).</summary>
/// <param name="Venues">Venue codes, or exactly one entry <see cref="AllVenues"/> for every venue.</param>
/// <param name="Zones">Zone numbers (0 to 999) the holder may enter within those venues.</param>
/// <param name="Transport">Transport code (T1, T2 ...), or null for none.</param>
/// <param name="Dining">Whether the holder may use the dining halls (DIN).</param>
public sealed record Privileges(IReadOnlyList<string> Venues, IReadOnlyList<int> Zones, string? Transport, bool Dining)
{
    /// <summary>The venue list entry meaning every venue.</summary>
    public const string AllVenues = "ALL";

    /// <summary>No access at all.</summary>
    public static Privileges None { get; } = new([], [], null, false);

    /// <summary>Whether the privileges cover every venue.</summary>
    public bool CoversAllVenues => Venues is [AllVenues];

    /// <summary>Same venues, zones, transport and dining (lists compared in order).</summary>
    public bool SameAs(Privileges other) =>
        other is not null && Venues.SequenceEqual(other.Venues) && Zones.SequenceEqual(other.Zones) && Transport == other.Transport && Dining == other.Dining;
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
