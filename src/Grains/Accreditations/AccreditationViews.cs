using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>Turns an accreditation's state into the view callers read (the grain and the replay tool's state-at).</summary>
public static class AccreditationViews
{
    /// <summary>The view of <paramref name="state"/> at stream version <paramref name="version"/>.</summary>
    public static AccreditationView From(Accreditation state, long version)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new AccreditationView(
            state.Number, state.Name, state.Category, state.Function, state.Noc, state.Organisation, state.ValidFrom, state.ValidUntil,
            state.Status, state.Privileges, state.Windows, state.Card > 0 ? CardNumbers.Format(state.Number, state.Card) : null, version);
    }
}
