using Olympics.Orleans.Contracts.Sessions;
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

    /// <summary>Before scheduling.</summary>
    public static Session Unscheduled { get; } = new("", "", "", "", "", default, default, ScheduleStatus.Scheduled, []);

    /// <summary>Whether the session has been scheduled.</summary>
    public bool IsScheduled => Code.Length > 0;

    /// <summary>The unit with this RSC, or null.</summary>
    public SessionUnit? Unit(string rsc) => Units.FirstOrDefault(u => u.Rsc == rsc);

    /// <summary>Applies one event. Pure.</summary>
    public static Session Evolve(Session state, ISessionEvent @event) => @event switch
    {
        SessionScheduled e => new Session(e.Code, e.Discipline, e.Venue, e.TimeZone, e.Title, e.Start, e.End, ScheduleStatus.Scheduled,
            [.. e.Units.Select(SessionUnit.Planned).OrderBy(u => u.Start).ThenBy(u => u.Rsc, StringComparer.Ordinal)]),
        SessionStatusChanged e => state with { Status = e.To },
        SessionRescheduled e => state with
        {
            Start = e.Start,
            End = e.End,
            Units = [.. state.Units.Select(u => u with { Start = u.Start + (e.Start - state.Start) })],
        },
        StartListSet e => state.WithUnit(e.Unit, u => u with { StartList = e.Athletes }),
        UnitResultRecorded e => state.WithUnit(e.Unit, u => u.Record(e)),
        UnitStatusChanged e => state.WithUnit(e.Unit, u => u with { ScheduleStatus = e.To }),
        PhaseStatusRecorded e => state with
        {
            Phases = [.. state.Phases.Where(p => p.Phase != e.Phase).Append(new PhaseResultStatus(e.Phase, e.Status)).OrderBy(p => p.Phase, StringComparer.Ordinal)],
        },
        _ => throw new InvalidOperationException($"Session cannot apply {@event.GetType().Name}."),
    };

    private Session WithUnit(string rsc, Func<SessionUnit, SessionUnit> change) => Unit(rsc) is null
        ? throw new InvalidOperationException($"Session {Code} holds no unit {rsc}.")
        : this with { Units = [.. Units.Select(u => u.Rsc == rsc ? change(u) : u)] };
}
