using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations.Gate;

/// <summary>
/// What the gate and the lists need of one accreditation, kept small for 600,000 of them: no organisation, no
/// identity document, codes interned. It changes through the aggregate's own <see cref="Accreditation.Evolve"/>, so the
/// gate can never disagree with the grain about what an event means.
/// </summary>
public sealed record GateEntry(
    int Number, string Name, AccreditationCategory Category, string Function, string? Noc, AccreditationStatus Status,
    AccreditationStatus? SuspendedFrom, int Card, DateOnly ValidFrom, DateOnly ValidUntil,
    string[] Venues, int[] Zones, string? Transport, bool Dining, TimeWindow[] Windows,
    IReadOnlyDictionary<string, IReadOnlyList<int>>? ZonesByVenue = null)
{
    /// <summary>Whether the card lists every venue.</summary>
    public bool AllVenues => Venues is [Privileges.AllVenues];

    /// <summary>The entry after one more event; <paramref name="entry"/> is null before the first.</summary>
    public static GateEntry Evolve(GateEntry? entry, IAccreditationEvent @event) =>
        From(Accreditation.Evolve(entry?.ToState() ?? Accreditation.None, @event));

    /// <summary>The compact form of an aggregate state.</summary>
    public static GateEntry From(Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(
            int.Parse(state.Number, System.Globalization.CultureInfo.InvariantCulture), state.Name, state.Category, string.Intern(state.Function),
            Intern(state.Noc), state.Status, state.SuspendedFrom, state.Card, state.ValidFrom, state.ValidUntil,
            [.. state.Privileges.Venues.Select(string.Intern)], [.. state.Privileges.Zones], Intern(state.Privileges.Transport),
            state.Privileges.Dining, [.. state.Windows.Select(w => w with { Venue = string.Intern(w.Venue) })], state.Privileges.ZonesByVenue);
    }

    /// <summary>The list line for this entry.</summary>
    public AccreditationSummary ToSummary() => new(FormatNumber(Number), Name, Category, Function, Noc, Status);

    /// <summary>An accreditation number as its 8 digits.</summary>
    public static string FormatNumber(int number) => number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private Accreditation ToState() => new(
        FormatNumber(Number), Name, Category, Function, Noc, null, ValidFrom, ValidUntil, Status, SuspendedFrom,
        new Privileges(Venues, Zones, Transport, Dining, ZonesByVenue), Windows, Card, null);

    /// <summary>The zones the card gives at <paramref name="venue"/>.</summary>
    public IReadOnlyList<int> ZonesAt(string venue) => ZonesByVenue is not null && ZonesByVenue.TryGetValue(venue, out var zones) ? zones : Zones;

    private static string? Intern(string? value) => value is null ? null : string.Intern(value);
}
