namespace Olympics.Orleans.Rostering.Model;

/// <summary>
/// A rostering problem: venues, volunteers, shifts, the policy and the weights. Day 0 is <paramref name="FirstDay"/>;
/// UTC minutes count from <paramref name="FirstDay"/> at midnight UTC.
/// </summary>
public sealed record RosterInstance(
    DateOnly FirstDay,
    int Days,
    IReadOnlyList<RosterVenue> Venues,
    IReadOnlyList<Volunteer> Volunteers,
    IReadOnlyList<Shift> Shifts,
    RosterPolicy Policy,
    SoftWeights Weights)
{
    /// <summary>Total demand: the number of places to fill.</summary>
    public long Demand => Shifts.Sum(s => (long)s.Demand);

    /// <summary>The same instance under another policy.</summary>
    public RosterInstance With(RosterPolicy policy) => this with { Policy = policy };
}
