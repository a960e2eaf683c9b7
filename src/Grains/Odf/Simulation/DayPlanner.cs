using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>The envelopes and timelines of one day's sessions, units and venues; one seeded random source.</summary>
internal sealed class DayPlanner
{
    private readonly SimulationOptions _options;
    private readonly PlanClock _clock;
    private readonly Random _random;
    private readonly IReadOnlyDictionary<string, CompetitionUnit> _units;
    private readonly ILookup<string, GamesAthlete> _entries;
    private readonly Dictionary<string, TimeZoneInfo> _zones;
    private readonly Dictionary<string, string> _venueOfSession;
    private readonly ILookup<string, string> _unitsOfPhase;

    public DayPlanner(GamesDataset dataset, IReadOnlyDictionary<string, CompetitionUnit> units, SimulationOptions options, PlanClock clock)
    {
        (_options, _clock, _units, _random) = (options, clock, units, new Random(options.Seed));
        _entries = dataset.Athletes.SelectMany(a => a.Events.Select(e => (Event: e, Athlete: a))).ToLookup(x => x.Event, x => x.Athlete, StringComparer.Ordinal);
        _zones = dataset.Venues.ToDictionary(v => v.Code, v => TimeZoneInfo.FindSystemTimeZoneById(v.TimeZone), StringComparer.Ordinal);
        _venueOfSession = dataset.Sessions.ToDictionary(s => s.Code, s => s.Venue, StringComparer.Ordinal);
        _unitsOfPhase = units.Keys.Order(StringComparer.Ordinal).ToLookup(u => new Rsc(u).PhaseCode, StringComparer.Ordinal);
    }

    public IEnumerable<PlannedMessage> Session(CompetitionSession session)
    {
        var (zone, source) = (_zones[session.Venue], _options.SourceOf(session.Discipline));
        var timeline = new UnitTimeline(_options, _clock, _random);
        var messages = new List<PlannedMessage>();
        var schedule = new List<(string Unit, TimeSpan Running, TimeSpan Finished)>();
        foreach (var unit in session.Units.Select(u => _units[u]))
        {
            var startList = _entries[new Rsc(unit.Rsc).EventCode].OrderBy(a => a.Id).OrderBy(_ => _random.Next()).Take(_options.MaxCompetitors).ToList();
            var (played, running, finished) = timeline.Play(unit, startList,
                new OdfEnvelope(_options.CompetitionCode, unit.Rsc, null, "DT_RESULT", "ENG", source, zone),
                new OdfEnvelope(_options.CompetitionCode, unit.Rsc, null, "DT_CURRENT", null, source, zone));
            messages.AddRange(played);
            schedule.Add((unit.Rsc, running, finished));
        }

        var discipline = session.Discipline.PadRight(Rsc.Length, '-');
        messages.AddRange(SessionTimeline.Play(session, schedule, _clock,
            new OdfEnvelope(_options.CompetitionCode, discipline, session.Code, "DT_SCHEDULE_UPDATE", "ENG", source, zone)));
        return messages;
    }

    // After each official result: its phase's results; after a final's, the event's medallists and the medal table.
    public IEnumerable<PlannedMessage> Summaries(IReadOnlyList<PlannedMessage> messages) =>
        new SummaryTimeline(_options.CompetitionCode, _clock, phase => [.. _unitsOfPhase[phase]], unit => _zones[_venueOfSession[_units[unit].Session]])
            .Play(messages);

    // One keep-alive per venue every few seconds, from its first message to its last, from its first session's system.
    public IEnumerable<PlannedMessage> KeepAlives(IReadOnlyList<CompetitionSession> sessions, IReadOnlyList<PlannedMessage> messages)
    {
        foreach (var venue in sessions.GroupBy(s => s.Venue, StringComparer.Ordinal))
        {
            var codes = venue.SelectMany(s => s.Units).Append(venue.Key).ToHashSet(StringComparer.Ordinal);
            var subcodes = venue.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
            var own = messages.Where(m => codes.Contains(m.DocumentKey.Split('|')[1]) || subcodes.Contains(m.DocumentKey.Split('|')[2])).ToList();
            var envelope = new OdfEnvelope(_options.CompetitionCode, venue.Key, null, "DT_KA", null, _options.SourceOf(venue.First().Discipline), _zones[venue.Key]);
            var (first, last) = (own.Min(m => m.At), own.Max(m => m.At));
            var version = 0;
            for (var at = first; at <= last; at += _options.KeepAliveEvery)
            {
                yield return envelope.HeaderOnly(at, _clock, ++version);
            }
        }
    }
}
