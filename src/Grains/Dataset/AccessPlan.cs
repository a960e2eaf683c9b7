namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// What accreditations are derived from: the venues where each discipline holds sessions and the days each
/// discipline and event runs (from its units; from the catalogue when a scaled-down Games schedules none).
/// </summary>
internal sealed class AccessPlan
{
    private readonly Dictionary<string, (DateOnly First, DateOnly Last)> _eventDays = [];

    public AccessPlan(GamesSpec spec, IReadOnlyList<DisciplinePlan> plans, IReadOnlyList<MedalEvent> events, IReadOnlyList<CompetitionSession> sessions)
    {
        Spec = spec;
        VenueCodes = VenueCatalog.All.Select(v => v.Code).ToArray();
        Disciplines = plans.Select(p => p.Discipline.Code).ToArray();
        foreach (var plan in plans)
        {
            var code = plan.Discipline.Code;
            var held = sessions.Where(s => s.Discipline == code).Select(s => s.Venue).ToHashSet();
            DisciplineVenues[code] = held.Count > 0 ? VenueCodes.Where(held.Contains).ToArray() : plan.Discipline.Venues;
            DisciplineDays[code] = (spec.FirstDay.AddDays(plan.FirstDay), spec.FirstDay.AddDays(plan.LastDay));
        }

        foreach (var e in events)
        {
            var units = e.Phases.SelectMany(p => p.Units).ToList();
            _eventDays[e.Rsc] = units.Count == 0
                ? DisciplineDays[e.Discipline]
                : (DateOnly.FromDateTime(units.Min(u => u.Start).UtcDateTime), DateOnly.FromDateTime(units.Max(u => u.End).UtcDateTime));
        }
    }

    public GamesSpec Spec { get; }

    public string[] VenueCodes { get; }

    public string[] Disciplines { get; }

    public Dictionary<string, IReadOnlyList<string>> DisciplineVenues { get; } = [];

    public Dictionary<string, (DateOnly First, DateOnly Last)> DisciplineDays { get; } = [];

    public (DateOnly First, DateOnly Last) Days(IEnumerable<string> eventRscs)
    {
        var days = eventRscs.Select(r => _eventDays[r]).ToList();
        return (days.Min(d => d.First), days.Max(d => d.Last));
    }
}
