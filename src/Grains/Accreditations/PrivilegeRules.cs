using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>Checks privileges and returns them normalised (venues and zones sorted and distinct), so equal grants compare equal.</summary>
public static class PrivilegeRules
{
    /// <summary>Largest zone number.</summary>
    public const int MaxZone = 999;

    /// <summary>Validated, normalised privileges.</summary>
    public static Privileges Normalise(Privileges? value, string field = "privileges")
    {
        if (value is null)
        {
            throw AccreditationRules.Invalid(field, "Privileges are required.");
        }

        var venues = Venues(value.Venues, $"{field}.venues");
        return new Privileges(venues, Zones(value.Zones, $"{field}.zones"), Transport(value.Transport, $"{field}.transport"), value.Dining,
            ZonesByVenue(value.ZonesByVenue, venues, $"{field}.zonesByVenue"));
    }

    /// <summary>Per-venue zones, for venues the card grants; null when there are none.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<int>>? ZonesByVenue(
        IReadOnlyDictionary<string, IReadOnlyList<int>>? zones, string[] venues, string field = "zonesByVenue")
    {
        if (zones is null || zones.Count == 0)
        {
            return null;
        }

        var normalised = new SortedDictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var (venue, list) in zones)
        {
            var code = Codes.Venue(venue, field);
            if (venues is not [Privileges.AllVenues] && Array.IndexOf(venues, code) < 0)
            {
                throw AccreditationRules.Invalid(field, $"Zones are given for {code}, which the card does not grant.");
            }

            normalised[code] = Zones(list, $"{field}.{code}");
        }

        return normalised;
    }

    /// <summary>Venue codes sorted and distinct, or exactly ["ALL"].</summary>
    public static string[] Venues(IReadOnlyList<string>? venues, string field = "venues")
    {
        if (venues is null)
        {
            return [];
        }

        if (venues.Contains(Privileges.AllVenues))
        {
            return venues.Count == 1 ? [Privileges.AllVenues] : throw AccreditationRules.Invalid(field, "ALL cannot be combined with venue codes.");
        }

        return [.. venues.Select(v => Codes.Venue(v, field)).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Zone numbers sorted and distinct.</summary>
    public static int[] Zones(IReadOnlyList<int>? zones, string field = "zones") =>
        zones is null ? [] : [.. zones.Select(z => z is >= 0 and <= MaxZone ? z : throw AccreditationRules.Invalid(field, $"{z} is not a zone number (0 to {MaxZone}).")).Distinct().Order()];

    /// <summary>A transport code of 1 to 4 upper-case letters or digits (T1, T2 ...), or null.</summary>
    public static string? Transport(string? value, string field = "transport") =>
        string.IsNullOrEmpty(value) ? null
        : value.Length <= 4 && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) ? value
        : throw AccreditationRules.Invalid(field, $"'{value}' is not a transport code such as T1.");
}
