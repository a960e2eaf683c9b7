using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering.Import;

/// <summary>Imported shifts to the model: checked at import, converted when a plan starts (UTC from the venue's time zone).</summary>
internal static class ShiftRows
{
    public static void Check(IReadOnlyList<ShiftRecord> rows, Func<int, string> where)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i]?.Id) || !ids.Add(rows[i].Id.Trim()))
            {
                throw new InvalidCommandException($"{where(i)}.id", $"A shift needs an id of its own; '{rows[i]?.Id}' is blank or repeated.");
            }

            Parse(rows[i], where(i));
        }
    }

    /// <summary>The first day and the number of days the shifts span.</summary>
    public static (DateOnly First, int Days) Span(IReadOnlyList<ShiftRecord> rows)
    {
        var dates = rows.Select(r => RosterFields.Date(r.Date, "date")).ToList();
        return dates.Count == 0 ? (default, 0) : (dates.Min(), dates.Max().DayNumber - dates.Min().DayNumber + 1);
    }

    public static List<Shift> ToModel(IReadOnlyList<ShiftRecord> rows, DateOnly firstDay)
    {
        var teams = new Dictionary<string, int>(StringComparer.Ordinal);
        var epoch = firstDay.ToDateTime(TimeOnly.MinValue);
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        return rows.Select((r, i) =>
        {
            var (venue, function, date, start, end, languages) = Parse(r, $"[{i}]");
            var zone = RosterFields.Venues[venue].TimeZone;
            if (!zones.TryGetValue(zone, out var tz))
            {
                zones[zone] = tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
            }

            long Utc(int minute) => (long)(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute), tz) - epoch).TotalMinutes;
            var team = teams.TryGetValue(r.Team ?? "", out var t) ? t : teams[r.Team ?? ""] = teams.Count;
            return new Shift(i, venue, function, date.DayNumber - firstDay.DayNumber, start, end, Utc(start), Utc(end), r.Demand, languages, team);
        }).ToList();
    }

    private static (int Venue, int Function, DateOnly Date, int Start, int End, int Languages) Parse(ShiftRecord r, string where)
    {
        var venue = RosterFields.Venue(r.Venue, $"{where}.venue");
        var function = RosterFields.Codes(Catalogs.Functions, [r.Function ?? ""], $"{where}.function", "volunteer function");
        var date = RosterFields.Date(r.Date, $"{where}.date");
        var start = RosterFields.Minutes(r.Start, $"{where}.start");
        var end = RosterFields.Minutes(r.End, $"{where}.end");
        if (end <= start)
        {
            throw new InvalidCommandException($"{where}.end", $"The shift ends ({r.End}) before it starts ({r.Start}).");
        }

        if (r.Demand is < 1 or > 1000)
        {
            throw new InvalidCommandException($"{where}.demand", $"{r.Demand} is not a demand of 1 to 1000 people.");
        }

        if (string.IsNullOrWhiteSpace(r.Team))
        {
            throw new InvalidCommandException($"{where}.team", "A shift belongs to a team.");
        }

        return (venue, System.Numerics.BitOperations.TrailingZeroCount(function), date, start, end,
            RosterFields.Codes(Catalogs.Languages, r.Languages, $"{where}.languages", "language"));
    }
}
