using System.Globalization;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering.Import;

/// <summary>
/// Imported volunteers to the model: checked at import (all rows, the first fault refused with its row and field) and
/// converted again when a plan starts, with days counted from the shifts' first day.
/// </summary>
internal static class VolunteerRows
{
    /// <summary>Checks every row; throws <see cref="InvalidCommandException"/> at the first fault.</summary>
    public static void Check(IReadOnlyList<VolunteerRecord> rows, Func<int, string> where)
    {
        var ids = Ids(rows, where);
        for (var i = 0; i < rows.Count; i++)
        {
            Convert(rows[i], i, where(i), ids, DateOnly.MinValue, int.MaxValue);
        }
    }

    /// <summary>The model's volunteers, availability as days from <paramref name="firstDay"/> (days outside the roster dropped).</summary>
    public static List<Volunteer> ToModel(IReadOnlyList<VolunteerRecord> rows, DateOnly firstDay, int days)
    {
        var ids = Ids(rows, i => $"[{i}]");
        return rows.Select((r, i) => Convert(r, i, $"[{i}]", ids, firstDay, days)).ToList();
    }

    public static Dictionary<string, int> Ids(IReadOnlyList<VolunteerRecord> rows, Func<int, string> where)
    {
        var ids = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i]?.Id))
            {
                throw new InvalidCommandException($"{where(i)}.id", "A volunteer needs an id.");
            }

            if (!ids.TryAdd(rows[i].Id.Trim(), i))
            {
                throw new InvalidCommandException($"{where(i)}.id", $"Volunteer '{rows[i].Id}' appears twice.");
            }
        }

        return ids;
    }

    private static Volunteer Convert(VolunteerRecord r, int index, string where, Dictionary<string, int> ids, DateOnly firstDay, int days)
    {
        if (r.Latitude is not (>= -90 and <= 90) || double.IsNaN(r.Latitude))
        {
            throw new InvalidCommandException($"{where}.latitude", $"{r.Latitude.ToString(CultureInfo.InvariantCulture)} is not a latitude (-90 to 90).");
        }

        if (r.Longitude is not (>= -180 and <= 180) || double.IsNaN(r.Longitude))
        {
            throw new InvalidCommandException($"{where}.longitude", $"{r.Longitude.ToString(CultureInfo.InvariantCulture)} is not a longitude (-180 to 180).");
        }

        var gender = r.Gender is "F" or "M" or "X" ? r.Gender[0] : throw new InvalidCommandException($"{where}.gender", $"'{r.Gender}' is not F, M or X.");
        var functions = RosterFields.Codes(Catalogs.Functions, r.Functions, $"{where}.functions", "volunteer function");
        if (functions == 0)
        {
            throw new InvalidCommandException($"{where}.functions", "A volunteer is trained for at least one function.");
        }

        if (r.MaxHours <= 0)
        {
            throw new InvalidCommandException($"{where}.maxHours", $"{r.MaxHours} is not a positive number of hours.");
        }

        if (r.CommittedDays < 0)
        {
            throw new InvalidCommandException($"{where}.committedDays", $"{r.CommittedDays} is negative.");
        }

        var mate = -1;
        if (!string.IsNullOrWhiteSpace(r.TeamMate) && !ids.TryGetValue(r.TeamMate.Trim(), out mate))
        {
            throw new InvalidCommandException($"{where}.teamMate", $"'{r.TeamMate}' is not a volunteer of this import.");
        }

        return new Volunteer(
            index, r.Region ?? "", r.Latitude, r.Longitude, RosterFields.Codes(Catalogs.Languages, r.Languages, $"{where}.languages", "language"),
            functions, gender, Windows(r.Availability, $"{where}.availability", firstDay, days), RosterFields.VenueSet(r.Access, $"{where}.access"),
            r.MaxHours * 60, r.CommittedDays, RosterFields.VenueSet(r.PreferredVenues, $"{where}.preferredVenues"),
            RosterFields.Codes(Catalogs.Functions, r.PreferredFunctions, $"{where}.preferredFunctions", "volunteer function"), mate == index ? -1 : mate);
    }

    private static List<DayWindow> Windows(IReadOnlyList<AvailabilityWindow>? windows, string field, DateOnly firstDay, int days)
    {
        var seen = new HashSet<DateOnly>();
        var result = new List<DayWindow>(windows?.Count ?? 0);
        foreach (var w in windows ?? [])
        {
            var date = RosterFields.Date(w.Date, field);
            var (from, to) = (RosterFields.Minutes(w.From, field), RosterFields.Minutes(w.To, field));
            if (to <= from)
            {
                throw new InvalidCommandException(field, $"On {w.Date} the window ends ({w.To}) before it starts ({w.From}).");
            }

            if (!seen.Add(date))
            {
                throw new InvalidCommandException(field, $"Two windows on {w.Date} overlap or repeat a day: give one window a day.");
            }

            var day = date.DayNumber - firstDay.DayNumber;
            if (day >= 0 && day < days)
            {
                result.Add(new DayWindow(day, from, to));
            }
        }

        return result;
    }
}
