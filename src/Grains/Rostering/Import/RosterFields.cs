using System.Globalization;
using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering.Import;

/// <summary>
/// Reads the fields of an imported row: dates, local times, catalogue codes, venue codes. Each failure is an
/// <see cref="InvalidCommandException"/> naming the row and field (<c>line 14: availability</c>, <c>[13].availability</c>).
/// </summary>
internal static class RosterFields
{
    public static IReadOnlyList<RosterVenue> Venues => VenueTable.All;

    private static readonly Dictionary<string, int> _venueIndex = VenueTable.All.Select((v, i) => (v.Code, i))
        .ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);

    public static DateOnly Date(string? value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidCommandException(field, $"'{value}' is not a date (yyyy-MM-dd).");

    /// <summary>Minutes from local midnight of HH:mm, 00:00 to 24:00.</summary>
    public static int Minutes(string? value, string field)
    {
        if (value is { Length: 5 } && value[2] == ':'
            && int.TryParse(value.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(value.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && m < 60 && (h < 24 || (h == 24 && m == 0)))
        {
            return (h * 60) + m;
        }

        throw new InvalidCommandException(field, $"'{value}' is not a time of day (HH:mm, 00:00 to 24:00).");
    }

    public static int Codes(IReadOnlyList<string> catalogue, IReadOnlyList<string>? codes, string field, string what)
    {
        var mask = 0;
        foreach (var code in codes ?? [])
        {
            var i = IndexOf(catalogue, code);
            mask |= i >= 0 ? 1 << i : throw new InvalidCommandException(field, $"'{code}' is not a known {what} ({string.Join(", ", catalogue)}).");
        }

        return mask;
    }

    public static int Venue(string? code, string field) =>
        code is not null && _venueIndex.TryGetValue(code.Trim(), out var i)
            ? i
            : throw new InvalidCommandException(field, $"'{code}' is not a venue of the Games (e.g. STA, AQC, MAR, TAH).");

    /// <summary>The bit set of some venue codes; "*" stands for every venue.</summary>
    public static ulong VenueSet(IReadOnlyList<string>? codes, string field)
    {
        ulong mask = 0;
        foreach (var code in codes ?? [])
        {
            mask |= code.Trim() == "*" ? (1UL << Venues.Count) - 1 : 1UL << Venue(code, field);
        }

        return mask;
    }

    public static string Time(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:D2}:{minutes % 60:D2}");

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int IndexOf(IReadOnlyList<string> catalogue, string code)
    {
        for (var i = 0; i < catalogue.Count; i++)
        {
            if (string.Equals(catalogue[i], code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
