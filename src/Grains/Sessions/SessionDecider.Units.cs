using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

// Units: start lists and results.
public static partial class SessionDecider
{
    /// <summary>
    /// Sets a unit's start list, until its first results; the same list again, or a DT_RESULT version the unit has
    /// applied already, changes nothing.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(SetStartList command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var athletes = DistinctAthletes(command.Athletes);
        OdfVersions.Validate(command.OdfVersion);
        var unit = UnitOf(command.Unit, Scheduled(state));
        if (OdfVersions.Applied(command.OdfVersion, unit.OdfResultVersion) || unit.StartList.SequenceEqual(athletes))
        {
            return [];
        }

        if (unit.Status != ResultStatus.StartList)
        {
            throw new CommandRejectedException($"Unit {unit.Rsc} already has {OdfCode.Of(unit.Status)} results: its start list is final.");
        }

        return state.Status is ScheduleStatus.Finished or ScheduleStatus.Cancelled
            ? throw new CommandRejectedException($"Session {state.Code} is {OdfCode.Of(state.Status)}.")
            : [new StartListSet(unit.Rsc, athletes, command.At, command.OdfVersion)];
    }

    /// <summary>
    /// Records a unit's complete results along <see cref="ResultTransitions"/>. Once the unit has been OFFICIAL every
    /// change needs a note. The same results again (same status, same entries, no new note), or a DT_RESULT version the
    /// unit has applied already, change nothing.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(RecordUnitResult command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        SessionRules.ValidateDefined(command.Status, "status");
        if (command.Status == ResultStatus.StartList)
        {
            throw new InvalidCommandException("status", "START_LIST is set with the unit's start list, not with results.");
        }

        SessionRules.ValidateText(command.Note, "note", 1000, required: false);
        OdfVersions.Validate(command.OdfVersion);
        var note = command.Note?.Trim() is { Length: > 0 } n ? n : null;
        var unit = UnitOf(command.Unit, Scheduled(state));
        if (OdfVersions.Applied(command.OdfVersion, unit.OdfResultVersion))
        {
            return [];
        }

        var results = ResultRules.Validate(command.Results, unit, state.Discipline);
        if (unit.Status == command.Status && unit.Results.SequenceEqual(results) && (note is null || (unit.Notes.Count > 0 && unit.Notes[^1].Note == note)))
        {
            return [];
        }

        if (state.Status == ScheduleStatus.Cancelled)
        {
            throw new CommandRejectedException($"Session {state.Code} is CANCELLED.");
        }

        if (!ResultTransitions.Allows(unit.Status, command.Status))
        {
            throw new CommandRejectedException($"Unit {unit.Rsc} cannot go from {OdfCode.Of(unit.Status)} to {OdfCode.Of(command.Status)} results; allowed: "
                + string.Join(", ", ResultTransitions.From(unit.Status).Select(s => OdfCode.Of(s))) + ".");
        }

        return unit.WasOfficial && note is null
            ? throw new CommandRejectedException($"Unit {unit.Rsc} has been OFFICIAL: a change needs a note saying why.")
            : [new UnitResultRecorded(unit.Rsc, command.Status, results, note, command.At, command.OdfVersion)];
    }

    private static SessionUnit UnitOf(string? rsc, Session state) =>
        state.Unit(SessionRules.UnitRsc(rsc, state.Discipline, "unit").Code)
            ?? throw new CommandRejectedException($"Session {state.Code} holds no unit {rsc}.");

    private static string[] DistinctAthletes(IReadOnlyList<string>? athletes)
    {
        if (athletes is not { Count: > 0 })
        {
            throw new InvalidCommandException("athletes", "A start list names at least one athlete.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < athletes.Count; i++)
        {
            if (!seen.Add(AthleteId.Validate(athletes[i], $"athletes[{i}]")))
            {
                throw new InvalidCommandException($"athletes[{i}]", $"Athlete {athletes[i]} is listed twice.");
            }
        }

        return [.. athletes];
    }
}
