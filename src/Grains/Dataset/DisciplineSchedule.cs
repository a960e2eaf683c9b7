namespace Olympics.Orleans.Grains.Dataset;

/// <summary>One discipline's events while its units are being placed in sessions.</summary>
internal sealed class DisciplineSchedule
{
    private readonly List<(char Gender, string Code)> _events;
    private readonly List<CompetitionUnit>[,] _placed;

    public DisciplineSchedule(DisciplinePlan plan, List<(char Gender, string Code)> events)
    {
        Plan = plan;
        _events = events;
        _placed = new List<CompetitionUnit>[events.Count, plan.Phases.Count];
        for (var e = 0; e < events.Count; e++)
        {
            for (var p = 0; p < plan.Phases.Count; p++)
            {
                _placed[e, p] = [];
            }
        }

        // Schedule order: every event's first phase, then every event's second phase, and so on.
        Slots = Enumerable.Range(0, plan.Phases.Count)
            .SelectMany(p => Enumerable.Range(0, events.Count).SelectMany(e => Enumerable.Range(1, plan.Phases[p].Units).Select(u => (e, p, u))))
            .ToList();
    }

    public DisciplinePlan Plan { get; }

    public List<(int Event, int Phase, int Unit)> Slots { get; }

    /// <summary>Places a unit in a session and returns its RSC.</summary>
    public string Place((int Event, int Phase, int Unit) slot, string session, DateTimeOffset start, TimeSpan length)
    {
        var phase = Plan.Phases[slot.Phase].Code;
        var rsc = $"{EventPrefix(slot.Event)}{phase}{slot.Unit:0000}----";
        var name = $"{EventName(slot.Event)} {PhaseNames.Of(phase)} {slot.Unit}";
        _placed[slot.Event, slot.Phase].Add(new CompetitionUnit(rsc, name, session, start, start + length));
        return rsc;
    }

    /// <summary>The events with their phases; units not placed in a session (a scaled-down Games) do not exist.</summary>
    public IEnumerable<MedalEvent> Events() => _events.Select((ev, e) => new MedalEvent(
        EventPrefix(e).PadRight(34, '-'), Plan.Discipline.Code, ev.Gender, EventName(e),
        Plan.Phases.Select((ph, p) => new EventPhase((EventPrefix(e) + ph.Code).PadRight(34, '-'), ph.Code, _placed[e, p])).ToList()));

    // Discipline (3) + gender (1) + event (8) + modifier (10): the first 22 characters of every RSC below it.
    private string EventPrefix(int e) => $"{Plan.Discipline.Code}{_events[e].Gender}{_events[e].Code.PadRight(8, '-')}{new string('-', 10)}";

    private string EventName(int e) => $"{PhaseNames.Gender(_events[e].Gender)} {_events[e].Code}";
}
