using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;

namespace Olympics.Orleans.Grains.Medals;

/// <summary>
/// Decides what a medals command means, pure. ODF's version rule: a higher version replaces, the same or a lower one
/// changes nothing (a replay, a late delivery); a withdrawal applies at the version held, unless already withdrawn, or
/// at a higher one.
/// </summary>
public static class MedalsDecider
{
    public static IReadOnlyList<IMedalsEvent> Decide(ReplaceMedalTable command, CompetitionMedals state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        MedalsRules.ValidateVersion(command.Version);
        var lines = MedalsRules.Lines(command.Lines);
        return command.Version > state.TableVersion ? [new MedalTableReplaced(command.Version, lines, command.At)] : [];
    }

    public static IReadOnlyList<IMedalsEvent> Decide(WithdrawMedalTable command, CompetitionMedals state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        MedalsRules.ValidateVersion(command.Version);
        return state.TableVersion > 0 && Withdraws(command.Version, state.TableVersion, state.TableWithdrawn)
            ? [new MedalTableWithdrawn(command.Version, command.At)]
            : [];
    }

    public static IReadOnlyList<IMedalsEvent> Decide(RecordMedallists command, CompetitionMedals state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var rsc = MedalsRules.EventRsc(command.Event);
        MedalsRules.ValidateVersion(command.Version);
        var medallists = MedalsRules.Medallists(command.Medallists);
        return command.Version > (state.Event(rsc)?.Version ?? 0) ? [new MedallistsRecorded(rsc, command.Version, medallists, command.At)] : [];
    }

    public static IReadOnlyList<IMedalsEvent> Decide(WithdrawMedallists command, CompetitionMedals state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var rsc = MedalsRules.EventRsc(command.Event);
        MedalsRules.ValidateVersion(command.Version);
        return state.Event(rsc) is { } held && Withdraws(command.Version, held.Version, held.Withdrawn)
            ? [new MedallistsWithdrawn(rsc, command.Version, command.At)]
            : [];
    }

    private static bool Withdraws(int version, int held, bool withdrawn) => version > held || (version == held && !withdrawn);
}
