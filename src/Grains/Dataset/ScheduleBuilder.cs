namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// Builds each discipline's events, phases and units, and lays its sessions over its competition days: earlier
/// phases in earlier sessions, so finals come last. Involves no randomness: a Games' schedule is fixed.
/// </summary>
internal sealed class ScheduleBuilder(GamesSpec spec, IReadOnlyDictionary<string, GamesVenue> venues)
{
    private readonly Dictionary<string, TimeZoneInfo> _zones = [];

    public (List<MedalEvent> Events, List<CompetitionSession> Sessions) Build(IReadOnlyList<DisciplinePlan> plans)
    {
        var counts = Apportion.Largest(plans.Select(p => p.Sessions).ToList(), spec.Scaled(plans.Sum(p => p.Sessions)));
        var events = new List<MedalEvent>();
        var sessions = new List<CompetitionSession>();
        for (var i = 0; i < plans.Count; i++)
        {
            var discipline = new DisciplineSchedule(plans[i], KeptEvents(plans[i]));
            sessions.AddRange(Sessions(discipline, counts[i]));
            events.AddRange(discipline.Events());
        }

        sessions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Code, b.Code));
        return (events, sessions);
    }

    // Evenly spread, so a scaled-down Games keeps men's, women's and mixed events alike; at least one each.
    private List<(char Gender, string Code)> KeptEvents(DisciplinePlan plan)
    {
        var kept = Math.Min(plan.Events.Count, spec.Scaled(plan.Events.Count));
        return Enumerable.Range(0, kept).Select(i => plan.Events[i * plan.Events.Count / kept]).ToList();
    }

    private IEnumerable<CompetitionSession> Sessions(DisciplineSchedule discipline, int count)
    {
        var plan = discipline.Plan;
        var units = discipline.Slots;
        count = Math.Min(count, units.Count);
        var days = plan.LastDay - plan.FirstDay + 1;
        var (previousDay, indexInDay) = (-1, 0);
        for (var i = 0; i < count; i++)
        {
            var day = plan.FirstDay + (i * days / count);
            indexInDay = day == previousDay ? indexInDay + 1 : 0;
            previousDay = day;
            var venueCodes = plan.Discipline.Venues;
            var venue = venues[venueCodes[indexInDay % venueCodes.Count]];
            var slot = plan.Slots.Slots[((indexInDay / venueCodes.Count) + day) % plan.Slots.Slots.Count];
            var start = Utc(spec.FirstDay.AddDays(day).ToDateTime(slot.Start), venue.TimeZone);
            var code = $"{plan.Discipline.Code}{i + 1:00}";
            var held = units.Skip(i * units.Count / count).Take(((i + 1) * units.Count / count) - (i * units.Count / count)).ToList();
            var unitLength = TimeSpan.FromTicks(slot.Length.Ticks / held.Count);
            var rscs = held.Select((u, n) => discipline.Place(u, code, start + (n * unitLength), unitLength)).ToList();
            yield return new CompetitionSession(code, plan.Discipline.Code, venue.Code, start, start + slot.Length, rscs);
        }
    }

    private DateTimeOffset Utc(DateTime local, string timeZone)
    {
        if (!_zones.TryGetValue(timeZone, out var zone))
        {
            _zones[timeZone] = zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
