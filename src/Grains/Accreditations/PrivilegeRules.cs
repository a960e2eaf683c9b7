using Olympics.Orleans.Contracts.Accreditations;
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

        return new Privileges(Venues(value.Venues, $"{field}.venues"), Zones(value.Zones, $"{field}.zones"), Transport(value.Transport, $"{field}.transport"), value.Dining);
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
