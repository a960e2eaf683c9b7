using System.Text.Json.Serialization;

namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>A session's ODF schedule status; JSON and the stored events carry the ODF code (e.g. GETTING_READY).</summary>
public enum ScheduleStatus
{
    /// <summary>On the schedule, not started.</summary>
    [JsonStringEnumMemberName("SCHEDULED")]
    Scheduled,

    /// <summary>About to start: athletes called, field of play being prepared.</summary>
    [JsonStringEnumMemberName("GETTING_READY")]
    GettingReady,

    /// <summary>Competition under way.</summary>
    [JsonStringEnumMemberName("RUNNING")]
    Running,

    /// <summary>A planned pause (half time, between heats).</summary>
    [JsonStringEnumMemberName("SCHEDULED_BREAK")]
    ScheduledBreak,

    /// <summary>Stopped unexpectedly (weather, injury, equipment).</summary>
    [JsonStringEnumMemberName("INTERRUPTED")]
    Interrupted,

    /// <summary>Over.</summary>
    [JsonStringEnumMemberName("FINISHED")]
    Finished,

    /// <summary>Will start later than scheduled, the same day.</summary>
    [JsonStringEnumMemberName("DELAYED")]
    Delayed,

    /// <summary>Will not take place as scheduled; a new time is not yet known.</summary>
    [JsonStringEnumMemberName("POSTPONED")]
    Postponed,

    /// <summary>Moved to a new start and end.</summary>
    [JsonStringEnumMemberName("RESCHEDULED")]
    Rescheduled,

    /// <summary>Will not take place.</summary>
    [JsonStringEnumMemberName("CANCELLED")]
    Cancelled,

    /// <summary>Planned without a time yet (a unit whose time depends on earlier ones); ODF schedules send it.</summary>
    [JsonStringEnumMemberName("UNSCHEDULED")]
    Unscheduled,
}
