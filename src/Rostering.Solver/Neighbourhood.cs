using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// A piece of the plan to re-solve: some teams of one venue on one day, the volunteers on them and volunteers free
/// that day who could join. Pairs carry their score change; <see cref="Current"/> is what the plan has now.
/// <see cref="FixedBalance"/> is, per team, the gender balance of its members on the day's shifts outside the
/// neighbourhood (a large team is taken in part), so the sub-problem scores the whole team's balance.
/// </summary>
internal sealed record Neighbourhood(
    int Venue,
    int Day,
    IReadOnlyList<Shift> Shifts,
    IReadOnlyList<int> Volunteers,
    IReadOnlyList<(int Volunteer, Shift Shift, int Cost)> Pairs,
    IReadOnlyList<(int Volunteer, Shift Shift)> Current,
    IReadOnlyDictionary<int, int> FixedBalance);
