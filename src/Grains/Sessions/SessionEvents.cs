using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>Everything that can happen to a session (stream "session-{code}").</summary>
public interface ISessionEvent;

/// <summary>The session was put on the schedule; <paramref name="TimeZone"/> is its venue's, so local times need no other stream.</summary>
[EventName("session.scheduled.v1")]
public sealed record SessionScheduled(
    string Code, string Discipline, string Venue, string TimeZone, string Title,
    DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<PlannedUnit> Units, DateTimeOffset At) : ISessionEvent;

/// <summary>The session's schedule status changed.</summary>
[EventName("session.status-changed.v1")]
public sealed record SessionStatusChanged(ScheduleStatus From, ScheduleStatus To, string? Reason, DateTimeOffset At) : ISessionEvent;

/// <summary>The session moved to a new start and end; its units move with its start.</summary>
[EventName("session.rescheduled.v1")]
public sealed record SessionRescheduled(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset At) : ISessionEvent;

/// <summary>A unit's start list was set.</summary>
[EventName("session.start-list-set.v1")]
public sealed record StartListSet(string Unit, IReadOnlyList<string> Athletes, DateTimeOffset At) : ISessionEvent;

/// <summary>A unit's complete results at a result status. Consumers react when <paramref name="Status"/> is OFFICIAL.</summary>
[EventName("session.unit-result-recorded.v1")]
public sealed record UnitResultRecorded(
    string Unit, ResultStatus Status, IReadOnlyList<UnitResultEntry> Results, string? Note, DateTimeOffset At) : ISessionEvent;

/// <summary>A unit's schedule status changed (from a schedule update).</summary>
[EventName("session.unit-status-changed.v1")]
public sealed record UnitStatusChanged(string Unit, ScheduleStatus From, ScheduleStatus To, DateTimeOffset At) : ISessionEvent;

/// <summary>The result status of a phase the session holds units of, from the phase's results.</summary>
[EventName("session.phase-status-recorded.v1")]
public sealed record PhaseStatusRecorded(string Phase, ResultStatus Status, DateTimeOffset At) : ISessionEvent;
