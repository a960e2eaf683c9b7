using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Generation;

/// <summary>
/// Shifts from the venues' calendar: the spec's shift count is shared among venue-days by size (competition days
/// weigh more than the three set-up days before a venue's first session), then each venue-day gets early, middle and
/// late shifts around its sessions, of functions drawn by how much of the workforce they take.
/// </summary>
internal sealed class ShiftBuilder(RosterSpec spec, IReadOnlyList<RosterVenue> venues, Random random)
{
    // Share of each function in Catalogs.Functions order (spectator services is about a third of the volunteers).
    public static readonly double[] FunctionShare = [30, 6, 10, 12, 6, 5, 4, 5, 5, 2, 2, 3, 6, 2, 2];

    private static readonly int[] _rareLanguages = [2, 3, 4, 5, 6, 7, 8];
    private readonly Dictionary<string, TimeZoneInfo> _zones = [];

    public List<Shift> Build(IReadOnlyList<VenueDay> calendar)
    {
        var days = WorkDays(calendar);
        var counts = Apportion(spec.Shifts, days.Select(d => d.Weight).ToList());
        var shifts = new List<Shift>(spec.Shifts);
        for (var i = 0; i < days.Count; i++)
        {
            for (var k = 0; k < counts[i]; k++)
            {
                shifts.Add(Draw(shifts.Count, days[i]));
            }
        }

        return shifts;
    }

    private List<(int Venue, int Day, int First, int Last, double Weight)> WorkDays(IReadOnlyList<VenueDay> calendar)
    {
        var byCode = venues.Select((v, i) => (v.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var result = new List<(int, int, int, int, double)>();
        foreach (var group in calendar.Where(d => byCode.ContainsKey(d.Venue) && d.Day >= 0 && d.Day < spec.Days).GroupBy(d => d.Venue))
        {
            var venue = byCode[group.Key];
            var size = Math.Sqrt(venues[venue].Capacity);
            var firstDay = group.Min(d => d.Day);
            for (var d = Math.Max(0, firstDay - 3); d < firstDay; d++)
            {
                result.Add((venue, d, 9 * 60, 17 * 60, 0.4 * size));
            }

            foreach (var day in group.OrderBy(d => d.Day))
            {
                result.Add((venue, day.Day, day.FirstMinute, day.LastMinute, size * (1 + (0.15 * Math.Min(day.Sessions, 6)))));
            }
        }

        return result.OrderBy(r => r.Item2).ThenBy(r => r.Item1).ToList();
    }

    private Shift Draw(int id, (int Venue, int Day, int First, int Last, double Weight) day)
    {
        // Early opens the venue two and a half hours before the first session; late closes it an hour after the last.
        var early = Math.Clamp(day.First - 150, 6 * 60, 10 * 60);
        var late = Math.Clamp(day.Last + 60, early + (10 * 60), 24 * 60);
        var slot = random.Next(3);
        var length = (5 + random.Next(3)) * 60;
        var start = slot switch { 0 => early, 1 => Math.Min(early + (5 * 60), late - length), _ => late - length };
        start = Math.Max(6 * 60, Math.Min(start, (24 * 60) - length));
        var function = WeightedPick(FunctionShare);
        var demand = 1 + Math.Min(14, (int)(-Math.Log(1 - random.NextDouble()) * 2.8));
        return new Shift(
            id, day.Venue, function, day.Day, start, start + length, Utc(day.Venue, day.Day, start), Utc(day.Venue, day.Day, start + length),
            demand, Languages(day.Venue, function), (day.Venue * Catalogs.Functions.Count) + function);
    }

    private int Languages(int venue, int function)
    {
        var roll = random.NextDouble();
        if (venues[venue].TimeZone == VenueTable.Tahiti)
        {
            return roll < 0.2 ? 1 << 13 : 0;
        }

        return roll switch
        {
            < 0.25 => 1 << 1,
            < 0.30 when function is 0 or 6 or 11 or 14 => 1 << _rareLanguages[random.Next(_rareLanguages.Length)],
            < 0.40 when function is 4 => 1,
            _ => 0,
        };
    }

    private long Utc(int venue, int day, int minute)
    {
        var zoneId = venues[venue].TimeZone;
        if (!_zones.TryGetValue(zoneId, out var zone))
        {
            _zones[zoneId] = zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }

        var local = spec.Start.ToDateTime(TimeOnly.MinValue).AddDays(day).AddMinutes(minute);
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return (long)(utc - spec.Start.ToDateTime(TimeOnly.MinValue)).TotalMinutes;
    }

    private int WeightedPick(double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> by weight.</summary>
    internal static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(left))
        {
            counts[i]++;
        }

        return counts;
    }
}
