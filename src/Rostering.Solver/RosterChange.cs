using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// What changed after publication: volunteers who withdrew, shifts whose demand changed (shift id to new demand),
/// and a new policy (null when it stays).
/// </summary>
public sealed record RosterChange(IReadOnlySet<int> Withdrawn, IReadOnlyDictionary<int, int> Demand, RosterPolicy? Policy = null)
{
    public static RosterChange Withdraw(IEnumerable<int> volunteers) => new(volunteers.ToHashSet(), new Dictionary<int, int>());
}

/// <summary>Why a volunteer was released from or assigned to a shift on a re-plan.</summary>
public enum ChangeReason
{
    VolunteerWithdrew,
    DemandReduced,
    PolicyChanged,
    RefilledAfterChange,
}

/// <summary>One change to one volunteer's schedule.</summary>
public sealed record PlanChange(int Volunteer, int Shift, bool Assigned, ChangeReason Reason);

/// <summary>A re-plan's outcome: the instance as changed, the new plan, each volunteer's changes and how long it took.</summary>
public sealed record ReplanResult(RosterInstance Instance, RosterPlan Plan, IReadOnlyList<PlanChange> Changes, IReadOnlySet<int> Withdrawn, TimeSpan Elapsed)
{
    /// <summary>Assignments of volunteers who did not withdraw that were added or removed.</summary>
    public int OthersChanged => Changes.Count(c => !Withdrawn.Contains(c.Volunteer));

    /// <summary>Assignments of volunteers who did not withdraw that were removed or moved (additions aside).</summary>
    public int OthersReleased => Changes.Count(c => !Withdrawn.Contains(c.Volunteer) && !c.Assigned);
}
