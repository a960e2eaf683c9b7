using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;

namespace Olympics.Orleans.Grains.Medals;

/// <summary>Turns a competition's medals into the view callers read (the grain and the replay tool's state-at).</summary>
public static class MedalsViews
{
    /// <summary>The medal table of <paramref name="competition"/> at stream version <paramref name="version"/>.</summary>
    public static MedalTableView From(string competition, CompetitionMedals state, long version)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new MedalTableView(
            competition, state.TableVersion, state.TableWithdrawn, state.Table,
            [.. state.Events.Where(e => !e.Withdrawn).Select(e => new EventMedallists(e.Event, e.Version, e.Medallists))], version);
    }
}
