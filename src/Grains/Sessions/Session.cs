using Olympics.Orleans.Contracts.Odf;
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

    /// <summary>
    /// The highest schedule document version that changed the session from events that do not name their document (stored
    /// before documents were told apart); null when none did.
    /// </summary>
    public int? OdfScheduleVersion { get; init; }

    /// <summary>The highest version of each schedule document (DT_SCHEDULE, DT_SCHEDULE_UPDATE) that changed the session, by document key.</summary>
    public IReadOnlyDictionary<string, int> OdfScheduleVersions { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The highest DT_PHASE_RESULT version that changed each phase's status, by phase; empty in older snapshots.</summary>
    public IReadOnlyDictionary<string, int> OdfPhaseVersions { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Before scheduling.</summary>
    public static Session Unscheduled { get; } = new("", "", "", "", "", default, default, ScheduleStatus.Scheduled, []);

    /// <summary>Whether the session has been scheduled.</summary>
    public bool IsScheduled => Code.Length > 0;

    /// <summary>The unit with this RSC, or null.</summary>
    public SessionUnit? Unit(string rsc) => Units.FirstOrDefault(u => u.Rsc == rsc);

    /// <summary>The highest version of the schedule document <paramref name="document"/> applied (null: the unnamed sequence), or null.</summary>
    /// <remarks>
    /// Before documents were told apart, only the session's DT_SCHEDULE_UPDATE was applied: the unnamed sequence is its
    /// versions, so a replay of one of them after the upgrade is still recognised.
    /// </remarks>
    public int? OdfScheduleVersionOf(string? document) =>
        document is null ? OdfScheduleVersion
        : OdfScheduleVersions.TryGetValue(document, out var version) ? version
        : OdfDocumentKey.TypeOf(document) == "DT_SCHEDULE_UPDATE" ? OdfScheduleVersion
        : null;

    /// <summary>The highest DT_PHASE_RESULT version applied for <paramref name="phase"/>, or null.</summary>
    public int? OdfPhaseVersion(string phase) => OdfPhaseVersions.TryGetValue(phase, out var version) ? version : null;

    /// <summary>Applies one event. Pure.</summary>
    public static Session Evolve(Session state, ISessionEvent @event) => @event switch
    {
        SessionScheduled e => new Session(e.Code, e.Discipline, e.Venue, e.TimeZone, e.Title, e.Start, e.End, ScheduleStatus.Scheduled,
            [.. e.Units.Select(SessionUnit.Planned).OrderBy(u => u.Start).ThenBy(u => u.Rsc, StringComparer.Ordinal)]),
        SessionStatusChanged e => state.WithScheduleVersion(e.OdfDocument, e.OdfVersion) with { Status = e.To },
        SessionRescheduled e => state.WithScheduleVersion(e.OdfDocument, e.OdfVersion) with
        {
            Start = e.Start,
            End = e.End,
            Units = [.. state.Units.Select(u => u with { Start = u.Start + (e.Start - state.Start) })],
        },
        // Results are empty at START_LIST, so resetting them changes nothing for start lists set before ODF could replace results.
        StartListSet e => state.WithUnit(e.Unit, u => u with
        {
            StartList = e.Athletes, Status = ResultStatus.StartList, Results = [], OdfResultVersion = OdfVersions.Newest(u.OdfResultVersion, e.OdfVersion),
        }),
        UnitResultRecorded e => state.WithUnit(e.Unit, u => u.Record(e)),
        UnitStatusChanged e => state.WithUnit(e.Unit, u => u with { ScheduleStatus = e.To }).WithScheduleVersion(e.OdfDocument, e.OdfVersion),
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

    private Session WithScheduleVersion(string? document, int? version) => document is null || version is null
        ? this with { OdfScheduleVersion = OdfVersions.Newest(OdfScheduleVersion, version) }
        : this with
        {
            OdfScheduleVersions = new Dictionary<string, int>(OdfScheduleVersions, StringComparer.Ordinal)
            {
                [document] = OdfVersions.Newest(OdfScheduleVersionOf(document), version)!.Value,
            },
        };

    private Session WithUnit(string rsc, Func<SessionUnit, SessionUnit> change) => Unit(rsc) is null
        ? throw new InvalidOperationException($"Session {Code} holds no unit {rsc}.")
        : this with { Units = [.. Units.Select(u => u.Rsc == rsc ? change(u) : u)] };
}
