using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

// What the venue's results system reports while the session runs: units running, schedule updates, phase statuses.
public static partial class SessionDecider
{
    /// <summary>
    /// START_LIST results (with a start list set) move to LIVE with no results yet; anything else changes nothing, so the
    /// many running-data messages of a unit record at most one event. A unit with no start list stays as it is: LIVE would
    /// freeze a start list that has not arrived yet. A DT_CURRENT version the unit has applied already changes nothing.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(MarkUnitLive command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        OdfVersions.Validate(command.OdfVersion);
        var unit = UnitOf(command.Unit, Scheduled(state));
        return !OdfVersions.Applied(command.OdfVersion, unit.OdfCurrentVersion)
            && unit.Status == ResultStatus.StartList && unit.StartList.Count > 0 && state.Status != ScheduleStatus.Cancelled
            ? [new UnitResultRecorded(unit.Rsc, ResultStatus.Live, unit.Results, null, command.At, OdfCurrentVersion: command.OdfVersion)]
            : [];
    }

    /// <summary>
    /// The session's status, then each unit's; all or nothing. Without an ODF version the session's status follows
    /// <see cref="ChangeSessionStatus"/>. From ODF, a version of the schedule document the session has applied already
    /// changes nothing; a higher one is the truth: the session takes its status whatever it was (a RESCHEDULED without new
    /// times keeps the times), and each document (a discipline's DT_SCHEDULE, a session's DT_SCHEDULE_UPDATE) counts its
    /// own versions.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(UpdateSchedule command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var units = command.Units ?? throw new InvalidCommandException("units", "Units are required; send an empty list for none.");
        OdfVersions.Validate(command.OdfVersion);
        var current = Scheduled(state);
        if (OdfVersions.Applied(command.OdfVersion, current.OdfScheduleVersionOf(command.OdfDocument)))
        {
            return [];
        }

        var events = new List<ISessionEvent>();
        if (command.Status is { } status)
        {
            var change = new ChangeSessionStatus(status, null, command.Start, command.End, command.At);
            events.AddRange((command.OdfVersion is null ? Decide(change, current) : Take(change, current)).Select(e => e switch
            {
                SessionStatusChanged changed => changed with { OdfVersion = command.OdfVersion, OdfDocument = command.OdfDocument },
                SessionRescheduled rescheduled => rescheduled with { OdfVersion = command.OdfVersion, OdfDocument = command.OdfDocument },
                _ => e,
            }));
            current = events.Aggregate(current, Session.Evolve);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var given = units[i] ?? throw new InvalidCommandException($"units[{i}]", "A unit is required.");
            SessionRules.ValidateDefined(given.Status, $"units[{i}].status");
            var unit = current.Unit(SessionRules.UnitRsc(given.Unit, current.Discipline, $"units[{i}].unit").Code)
                ?? throw new CommandRejectedException($"Session {current.Code} holds no unit {given.Unit}.");
            if (!seen.Add(unit.Rsc))
            {
                throw new InvalidCommandException($"units[{i}].unit", $"Unit {unit.Rsc} is listed twice.");
            }

            if (unit.ScheduleStatus != given.Status)
            {
                events.Add(new UnitStatusChanged(unit.Rsc, unit.ScheduleStatus, given.Status, command.At, command.OdfVersion, command.OdfDocument));
            }
        }

        return events;
    }

    // An ODF schedule status, taken as sent: no transition rule, since versions may be lost in between.
    private static List<ISessionEvent> Take(ChangeSessionStatus change, Session state)
    {
        SessionRules.ValidateDefined(change.Status, "status");
        var events = new List<ISessionEvent>();
        if (state.Status != change.Status)
        {
            events.Add(new SessionStatusChanged(state.Status, change.Status, null, change.At));
        }

        if (change.Status == ScheduleStatus.Rescheduled && change.Start is { } start && change.End is { } end && (start != state.Start || end != state.End))
        {
            SessionRules.ValidatePeriod(start, end);
            events.Add(new SessionRescheduled(start.ToUniversalTime(), end.ToUniversalTime(), change.At));
        }

        return events;
    }

    /// <summary>
    /// Keeps the latest result status of a phase the session holds units of; the same status again, or a DT_PHASE_RESULT
    /// version the session has applied for the phase already, changes nothing.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(RecordPhaseStatus command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        SessionRules.ValidateDefined(command.Status, "status");
        OdfVersions.Validate(command.OdfVersion);
        var phase = Codes.Rsc(command.Phase, "phase");
        if (phase.IsUnit || phase.Phase.Trim('-').Length == 0)
        {
            throw new InvalidCommandException("phase", $"'{phase}' is not a phase: it needs a phase part and no unit part.");
        }

        var session = Scheduled(state);
        if (!session.Units.Any(u => u.Rsc.StartsWith(phase.Code[..26], StringComparison.Ordinal)))
        {
            throw new CommandRejectedException($"Session {session.Code} holds no unit of phase {phase}.");
        }

        return OdfVersions.Applied(command.OdfVersion, session.OdfPhaseVersion(phase.Code)) || session.Phases.Any(p => p.Phase == phase.Code && p.Status == command.Status)
            ? []
            : [new PhaseStatusRecorded(phase.Code, command.Status, command.At, command.OdfVersion)];
    }
}
