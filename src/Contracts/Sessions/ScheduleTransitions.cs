using static Olympics.Orleans.Contracts.Sessions.ScheduleStatus;

namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>
/// Which schedule status may follow which. Moving to the status a session already has changes nothing.
/// <list type="table">
/// <listheader><term>from</term><description>allowed next statuses</description></listheader>
/// <item><term>SCHEDULED</term><description>GETTING_READY, RUNNING, DELAYED, POSTPONED, RESCHEDULED, CANCELLED</description></item>
/// <item><term>GETTING_READY</term><description>RUNNING, DELAYED, INTERRUPTED, POSTPONED, CANCELLED</description></item>
/// <item><term>RUNNING</term><description>SCHEDULED_BREAK, INTERRUPTED, FINISHED</description></item>
/// <item><term>SCHEDULED_BREAK</term><description>RUNNING, INTERRUPTED, FINISHED</description></item>
/// <item><term>INTERRUPTED</term><description>RUNNING, DELAYED, POSTPONED, FINISHED, CANCELLED</description></item>
/// <item><term>DELAYED</term><description>GETTING_READY, RUNNING, POSTPONED, RESCHEDULED, CANCELLED</description></item>
/// <item><term>POSTPONED</term><description>RESCHEDULED, CANCELLED</description></item>
/// <item><term>RESCHEDULED</term><description>GETTING_READY, RUNNING, DELAYED, POSTPONED, RESCHEDULED, CANCELLED</description></item>
/// <item><term>FINISHED</term><description>none: final</description></item>
/// <item><term>CANCELLED</term><description>none: final</description></item>
/// <item><term>UNSCHEDULED</term><description>SCHEDULED, POSTPONED, RESCHEDULED, CANCELLED (only an ODF schedule sets it)</description></item>
/// </list>
/// An interrupted session may be FINISHED when the officials let the results stand (e.g. a shortened sailing race);
/// RESCHEDULED always carries the new start and end.
/// </summary>
public static class ScheduleTransitions
{
    private static readonly Dictionary<ScheduleStatus, ScheduleStatus[]> _next = new()
    {
        [Scheduled] = [GettingReady, Running, Delayed, Postponed, Rescheduled, Cancelled],
        [GettingReady] = [Running, Delayed, Interrupted, Postponed, Cancelled],
        [Running] = [ScheduledBreak, Interrupted, Finished],
        [ScheduledBreak] = [Running, Interrupted, Finished],
        [Interrupted] = [Running, Delayed, Postponed, Finished, Cancelled],
        [Delayed] = [GettingReady, Running, Postponed, Rescheduled, Cancelled],
        [Postponed] = [Rescheduled, Cancelled],
        [Rescheduled] = [GettingReady, Running, Delayed, Postponed, Rescheduled, Cancelled],
        [Finished] = [],
        [Cancelled] = [],
        [Unscheduled] = [Scheduled, Postponed, Rescheduled, Cancelled],
    };

    /// <summary>The statuses that may follow <paramref name="from"/>.</summary>
    public static IReadOnlyList<ScheduleStatus> From(ScheduleStatus from) => _next.TryGetValue(from, out var next) ? next : [];

    /// <summary>Whether a session in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool Allows(ScheduleStatus from, ScheduleStatus to) => From(from).Contains(to);
}
