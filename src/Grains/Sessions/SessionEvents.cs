using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>
/// Everything that can happen to a session (stream "session-{code}"). Events caused by an ODF document carry its
/// Version (<c>OdfVersion</c>), so the session knows the newest version of each document it applied and a replayed
/// document changes nothing; the field is absent (null) from the HTTP API's events and from events stored before it.
/// </summary>
public interface ISessionEvent;

/// <summary>The session was put on the schedule; <paramref name="TimeZone"/> is its venue's, so local times need no other stream.</summary>
[EventName("session.scheduled.v1")]
public sealed record SessionScheduled(
    string Code, string Discipline, string Venue, string TimeZone, string Title,
    DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<PlannedUnit> Units, DateTimeOffset At) : ISessionEvent;

/// <summary>
/// The session's schedule status changed; <paramref name="OdfVersion"/> is the version of the schedule document that did
/// it, if one did, and <paramref name="OdfDocument"/> that document's key (null in events stored before it was kept).
/// </summary>
[EventName("session.status-changed.v1")]
public sealed record SessionStatusChanged(
    ScheduleStatus From, ScheduleStatus To, string? Reason, DateTimeOffset At, int? OdfVersion = null, string? OdfDocument = null) : ISessionEvent;

/// <summary>The session moved to a new start and end; its units move with its start. <paramref name="OdfVersion"/> and <paramref name="OdfDocument"/> as for <see cref="SessionStatusChanged"/>.</summary>
[EventName("session.rescheduled.v1")]
public sealed record SessionRescheduled(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset At, int? OdfVersion = null, string? OdfDocument = null) : ISessionEvent;

/// <summary>
/// A unit's start list was set; its results are at START_LIST again (a newer ODF start list replaces results too).
/// <paramref name="OdfVersion"/> is the unit's DT_RESULT version it came from, if any.
/// </summary>
[EventName("session.start-list-set.v1")]
public sealed record StartListSet(string Unit, IReadOnlyList<string> Athletes, DateTimeOffset At, int? OdfVersion = null) : ISessionEvent;

/// <summary>
/// A unit's complete results at a result status. Consumers react when <paramref name="Status"/> is OFFICIAL.
/// <paramref name="OdfVersion"/> is the unit's DT_RESULT version they came from; <paramref name="OdfCurrentVersion"/> the
/// unit's DT_CURRENT version, when running data moved START_LIST results to LIVE. Both are null for the HTTP API, and in
/// events stored before they existed. <paramref name="Note"/> is the note recorded with the results (the latest, when
/// an ODF version brought several at once); <paramref name="Notes"/> lists them all when there are several (null otherwise).
/// </summary>
[EventName("session.unit-result-recorded.v1")]
public sealed record UnitResultRecorded(
    string Unit, ResultStatus Status, IReadOnlyList<UnitResultEntry> Results, string? Note, DateTimeOffset At,
    int? OdfVersion = null, int? OdfCurrentVersion = null, IReadOnlyList<string>? Notes = null) : ISessionEvent
{
    /// <summary>Every note recorded with these results, oldest first.</summary>
    public IReadOnlyList<string> NotesRecorded() => Notes ?? (Note is null ? [] : [Note]);
}

/// <summary>A unit's schedule status changed (from a schedule update; <paramref name="OdfVersion"/> and <paramref name="OdfDocument"/> as for <see cref="SessionStatusChanged"/>).</summary>
[EventName("session.unit-status-changed.v1")]
public sealed record UnitStatusChanged(
    string Unit, ScheduleStatus From, ScheduleStatus To, DateTimeOffset At, int? OdfVersion = null, string? OdfDocument = null) : ISessionEvent;

/// <summary>The result status of a phase the session holds units of, from the phase's results (DT_PHASE_RESULT version <paramref name="OdfVersion"/> if from ODF).</summary>
[EventName("session.phase-status-recorded.v1")]
public sealed record PhaseStatusRecorded(string Phase, ResultStatus Status, DateTimeOffset At, int? OdfVersion = null) : ISessionEvent;
