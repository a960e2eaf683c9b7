using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>Decides what a session command means for the session's state. Pure: no clock, no I/O.</summary>
public static partial class SessionDecider
{
    /// <summary>
    /// Schedules a session at a venue; <paramref name="venueTimeZone"/> is the venue's IANA zone, null when the venue
    /// is not registered. Scheduling again with identical details changes nothing.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(string code, ScheduleSession command, string? venueTimeZone, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        Codes.Session(code, "code");
        var discipline = Codes.Discipline(command.Discipline);
        if (!code.StartsWith(discipline, StringComparison.Ordinal))
        {
            throw new InvalidCommandException("discipline", $"Session {code} belongs to discipline {code[..3]}, not {discipline}.");
        }

        Codes.Venue(command.Venue);
        SessionRules.ValidateText(command.Title, "title", 200, required: true);
        SessionRules.ValidatePeriod(command.Start, command.End);
        SessionRules.ValidateUnits(command, discipline);
        var scheduled = new SessionScheduled(code, discipline, command.Venue,
            venueTimeZone ?? throw new CommandRejectedException($"Venue {command.Venue} is not registered."),
            command.Title.Trim(), command.Start.ToUniversalTime(), command.End.ToUniversalTime(),
            [.. command.Units.Select(u => new PlannedUnit(u.Rsc, u.Title.Trim(), u.Start.ToUniversalTime()))], command.At);
        if (!state.IsScheduled)
        {
            return [scheduled];
        }

        return SameSchedule(state, scheduled) ? [] : throw new CommandRejectedException($"Session {code} is already scheduled with other details.");
    }

    /// <summary>Moves the session along <see cref="ScheduleTransitions"/>; moving to the status it has changes nothing.</summary>
    public static IReadOnlyList<ISessionEvent> Decide(ChangeSessionStatus command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        SessionRules.ValidateDefined(command.Status, "status");
        SessionRules.ValidateText(command.Reason, "reason", 500, required: false);
        var reason = command.Reason?.Trim() is { Length: > 0 } r ? r : null;
        if (command.Status == ScheduleStatus.Rescheduled)
        {
            return Reschedule(command, reason, Scheduled(state));
        }

        if (Scheduled(state).Status == command.Status)
        {
            return [];
        }

        return ScheduleTransitions.Allows(state.Status, command.Status)
            ? [new SessionStatusChanged(state.Status, command.Status, reason, command.At)]
            : throw Refused(state, command.Status);
    }

    private static IReadOnlyList<ISessionEvent> Reschedule(ChangeSessionStatus command, string? reason, Session state)
    {
        var start = command.Start ?? throw new InvalidCommandException("start", "RESCHEDULED needs the new start.");
        var end = command.End ?? throw new InvalidCommandException("end", "RESCHEDULED needs the new end.");
        SessionRules.ValidatePeriod(start, end);
        if (state.Status == ScheduleStatus.Rescheduled && state.Start == start && state.End == end)
        {
            return [];
        }

        return ScheduleTransitions.Allows(state.Status, ScheduleStatus.Rescheduled)
            ? [new SessionStatusChanged(state.Status, ScheduleStatus.Rescheduled, reason, command.At),
               new SessionRescheduled(start.ToUniversalTime(), end.ToUniversalTime(), command.At)]
            : throw Refused(state, ScheduleStatus.Rescheduled);
    }

    private static CommandRejectedException Refused(Session state, ScheduleStatus to) => new(
        $"Session {state.Code} cannot go from {OdfCode.Of(state.Status)} to {OdfCode.Of(to)}; allowed: " +
        (ScheduleTransitions.From(state.Status) is { Count: > 0 } next ? string.Join(", ", next.Select(s => OdfCode.Of(s))) : "none (final)") + ".");

    private static Session Scheduled(Session state) =>
        state.IsScheduled ? state : throw new CommandRejectedException("The session is not scheduled.");

    private static bool SameSchedule(Session state, SessionScheduled e) =>
        state.Discipline == e.Discipline && state.Venue == e.Venue && state.Title == e.Title && state.Start == e.Start && state.End == e.End
        && state.Units.Select(u => new PlannedUnit(u.Rsc, u.Title, u.Start)).OrderBy(u => u.Rsc, StringComparer.Ordinal)
            .SequenceEqual(e.Units.OrderBy(u => u.Rsc, StringComparer.Ordinal));
}
