using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// The plain greedy baseline the benchmarks compare against: shifts in time order, each filled with the first
/// volunteers (by id) who can take it. No costs, no look-ahead.
/// </summary>
public static class GreedyBaseline
{
    public static RosterPlan Solve(RosterInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var eligibility = new Eligibility(instance);
        var schedule = new Schedule(instance);
        foreach (var s in instance.Shifts.OrderBy(s => s.StartUtc).ThenBy(s => s.Id))
        {
            foreach (var v in eligibility.For(s))
            {
                if (schedule.Crew[s.Id].Count >= s.Demand)
                {
                    break;
                }

                if (schedule.CanTake(v, s))
                {
                    schedule.Assign(v, s);
                }
            }
        }

        return schedule.ToPlan();
    }
}
