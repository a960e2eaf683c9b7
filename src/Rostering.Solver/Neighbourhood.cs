using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// A piece of the plan to re-solve: some teams of one venue on one day, the volunteers on them and volunteers free
/// that day who could join. Pairs carry their score change; <see cref="Current"/> is what the plan has now.
/// </summary>
internal sealed record Neighbourhood(
    int Venue,
    int Day,
    IReadOnlyList<Shift> Shifts,
    IReadOnlyList<int> Volunteers,
    IReadOnlyList<(int Volunteer, Shift Shift, int Cost)> Pairs,
    IReadOnlyList<(int Volunteer, Shift Shift)> Current);
