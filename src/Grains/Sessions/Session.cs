using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>A session's state, folded from its events. Instants are UTC.</summary>
[EventName("session.state.v1")]
public sealed record Session(
    string Code, string Discipline, string Venue, string TimeZone, string Title,
    DateTimeOffset Start, DateTimeOffset End, ScheduleStatus Status, IReadOnlyList<SessionUnit> Units)
{
    /// <summary>The latest result status of each phase, by phase. Absent from older snapshots, which predate phase statuses.</summary>
    public IReadOnlyList<PhaseResultStatus> Phases { get; init; } = [];

    /// <summary>The highest DT_SCHEDULE_UPDATE version that changed the session; null when none did (and in older snapshots).</summary>
    public int? OdfScheduleVersion { get; init; }

    /// <summary>The highest DT_PHASE_RESULT version that changed each phase's status, by phase; empty in older snapshots.</summary>
    public IReadOnlyDictionary<string, int> OdfPhaseVersions { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Before scheduling.</summary>
    public static Session Unscheduled { get; } = new("", "", "", "", "", default, default, ScheduleStatus.Scheduled, []);

    /// <summary>Whether the session has been scheduled.</summary>
    public bool IsScheduled => Code.Length > 0;

    /// <summary>The unit with this RSC, or null.</summary>
    public SessionUnit? Unit(string rsc) => Units.FirstOrDefault(u => u.Rsc == rsc);

    /// <summary>The highest DT_PHASE_RESULT version applied for <paramref name="phase"/>, or null.</summary>
    public int? OdfPhaseVersion(string phase) => OdfPhaseVersions.TryGetValue(phase, out var version) ? version : null;

    /// <summary>Applies one event. Pure.</summary>
    public static Session Evolve(Session state, ISessionEvent @event) => @event switch
    {
        SessionScheduled e => new Session(e.Code, e.Discipline, e.Venue, e.TimeZone, e.Title, e.Start, e.End, ScheduleStatus.Scheduled,
            [.. e.Units.Select(SessionUnit.Planned).OrderBy(u => u.Start).ThenBy(u => u.Rsc, StringComparer.Ordinal)]),
        SessionStatusChanged e => state with { Status = e.To, OdfScheduleVersion = OdfVersions.Newest(state.OdfScheduleVersion, e.OdfVersion) },
        SessionRescheduled e => state with
        {
            OdfScheduleVersion = OdfVersions.Newest(state.OdfScheduleVersion, e.OdfVersion),
            Start = e.Start,
            End = e.End,
            Units = [.. state.Units.Select(u => u with { Start = u.Start + (e.Start - state.Start) })],
        },
        StartListSet e => state.WithUnit(e.Unit, u => u with { StartList = e.Athletes, OdfResultVersion = OdfVersions.Newest(u.OdfResultVersion, e.OdfVersion) }),
        UnitResultRecorded e => state.WithUnit(e.Unit, u => u.Record(e)),
        UnitStatusChanged e => state.WithUnit(e.Unit, u => u with { ScheduleStatus = e.To }) with
        {
            OdfScheduleVersion = OdfVersions.Newest(state.OdfScheduleVersion, e.OdfVersion),
        },
        PhaseStatusRecorded e => state with
        {
            Phases = [.. state.Phases.Where(p => p.Phase != e.Phase).Append(new PhaseResultStatus(e.Phase, e.Status)).OrderBy(p => p.Phase, StringComparer.Ordinal)],
            OdfPhaseVersions = e.OdfVersion is null ? state.OdfPhaseVersions : new Dictionary<string, int>(state.OdfPhaseVersions, StringComparer.Ordinal)
            {
                [e.Phase] = OdfVersions.Newest(state.OdfPhaseVersion(e.Phase), e.OdfVersion)!.Value,
            },
        },
        _ => throw new InvalidOperationException($"Session cannot apply {@event.GetType().Name}."),
    };

    private Session WithUnit(string rsc, Func<SessionUnit, SessionUnit> change) => Unit(rsc) is null
        ? throw new InvalidOperationException($"Session {Code} holds no unit {rsc}.")
        : this with { Units = [.. Units.Select(u => u.Rsc == rsc ? change(u) : u)] };
}
