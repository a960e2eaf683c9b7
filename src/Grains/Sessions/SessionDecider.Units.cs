using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

// Units: start lists and results.
public static partial class SessionDecider
{
    /// <summary>
    /// Sets a unit's start list. From the HTTP API: until its first results, in a session neither FINISHED nor CANCELLED;
    /// the same list again changes nothing. From ODF: a DT_RESULT version the unit has applied already changes nothing,
    /// and a higher one replaces whatever the unit had, its results included (they go back to START_LIST): the latest
    /// version of the document is the truth.
    /// </summary>
    public static IReadOnlyList<ISessionEvent> Decide(SetStartList command, Session state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var athletes = DistinctAthletes(command.Athletes);
        OdfVersions.Validate(command.OdfVersion);
        var unit = UnitOf(command.Unit, Scheduled(state));
        if (OdfVersions.Applied(command.OdfVersion, unit.OdfResultVersion)
            || (unit.Status == ResultStatus.StartList && unit.StartList.SequenceEqual(athletes)))
        {
            return [];
        }

        if (command.OdfVersion is not null)
        {
            return [new StartListSet(unit.Rsc, athletes, command.At, command.OdfVersion)];
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
    /// Records a unit's complete results. From the HTTP API they follow <see cref="ResultTransitions"/>, name athletes of
    /// the start list only, and once the unit has been OFFICIAL every change needs a note; the same results again (same
    /// status, same entries, no new note) change nothing. From ODF, a DT_RESULT version the unit has applied already
    /// changes nothing; a higher one replaces the results whole, whatever versions were lost between and whatever status
    /// it jumps to (LIVE to OFFICIAL), and the notes it carries that the unit does not have yet are added (a change after
    /// OFFICIAL carries one; one without is still applied, so the unit never disagrees with its document).
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

        if (command.OdfVersion is not null)
        {
            return FromOdf(command, note, unit, state);
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

    // A version of the unit's document: its results, whole, and the notes the unit does not have yet.
    private static IReadOnlyList<ISessionEvent> FromOdf(RecordUnitResult command, string? note, SessionUnit unit, Session state)
    {
        var results = ResultRules.Validate(command.Results, unit, state.Discipline, fromOdf: true);
        var known = unit.Notes.Select(n => n.Note).ToHashSet(StringComparer.Ordinal);
        string[] added = [.. (command.Notes ?? []).Append(note).Select(n => n?.Trim()).OfType<string>()
            .Where(n => n.Length > 0 && known.Add(n))];
        return unit.Status == command.Status && unit.Results.SequenceEqual(results) && added.Length == 0
            ? []
            : [new UnitResultRecorded(unit.Rsc, command.Status, results, added.LastOrDefault(), command.At, command.OdfVersion,
                Notes: added.Length > 1 ? added : null)];
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
