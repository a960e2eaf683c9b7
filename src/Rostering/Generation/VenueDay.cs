namespace Olympics.Orleans.Rostering.Generation;

/// <summary>
/// A venue's competition on one day of the roster, in its local time: how many sessions and when the first starts and
/// the last ends. The Games generator's schedule gives these (the CLI converts it); <see cref="Default"/> makes a
/// stand-alone calendar for tests.
/// </summary>
public sealed record VenueDay(string Venue, int Day, int Sessions, int FirstMinute, int LastMinute)
{
    /// <summary>A seeded calendar: each venue competes on a block of days after the three set-up days.</summary>
    public static IReadOnlyList<VenueDay> Default(RosterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var random = new Random(spec.Seed * 31 + 7);
        var days = new List<VenueDay>();
        foreach (var venue in VenueTable.All)
        {
            var competitionDays = Math.Max(1, spec.Days - 3);
            var length = Math.Min(competitionDays, 4 + random.Next(Math.Max(1, competitionDays - 3)));
            var first = 3 + random.Next(Math.Max(1, competitionDays - length + 1));
            for (var d = first; d < first + length && d < spec.Days; d++)
            {
                var start = (9 + random.Next(4)) * 60;
                days.Add(new VenueDay(venue.Code, d, 1 + random.Next(3), start, Math.Min(23 * 60, start + ((4 + random.Next(8)) * 60))));
            }
        }

        return days;
    }
}
