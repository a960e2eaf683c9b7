using Olympics.Orleans.Contracts.Sessions;

namespace Olympics.Orleans.GrainInterfaces.Sessions;

/// <summary>A competition session, keyed by its code (e.g. "ATH01"): its schedule status, units, start lists and results.</summary>
[Alias("olympics.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Schedules the session. Scheduling again with the same details changes nothing; other details are refused.</summary>
    [Alias("ScheduleSession")]
    Task<SessionView> ScheduleSessionAsync(ScheduleSession command);

    /// <summary>Moves the session to another schedule status (see <see cref="ScheduleTransitions"/>).</summary>
    [Alias("ChangeSessionStatus")]
    Task<SessionView> ChangeSessionStatusAsync(ChangeSessionStatus command);

    /// <summary>Sets a unit's start list.</summary>
    [Alias("SetStartList")]
    Task<SessionView> SetStartListAsync(SetStartList command);

    /// <summary>Records a unit's complete results (see <see cref="ResultTransitions"/>).</summary>
    [Alias("RecordUnitResult")]
    Task<SessionView> RecordUnitResultAsync(RecordUnitResult command);

    /// <summary>Marks a unit as running: START_LIST results move to LIVE; anything else changes nothing.</summary>
    [Alias("MarkUnitLive")]
    Task<SessionView> MarkUnitLiveAsync(MarkUnitLive command);

    /// <summary>Applies a schedule update: the session's status and its units' statuses, all or nothing.</summary>
    [Alias("UpdateSchedule")]
    Task<SessionView> UpdateScheduleAsync(UpdateSchedule command);

    /// <summary>Records the result status of a phase the session holds units of.</summary>
    [Alias("RecordPhaseStatus")]
    Task<SessionView> RecordPhaseStatusAsync(RecordPhaseStatus command);

    /// <summary>The session as it is now; null when it was never scheduled.</summary>
    [Alias("GetSession")]
    Task<SessionView?> GetSessionAsync();
}
