using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>A solve's outcome: the best plan, the first feasible one, and how the time went.</summary>
public sealed record SolveResult(
    RosterPlan Plan, RosterPlan FirstPlan, TimeSpan FirstFeasible, TimeSpan Elapsed, long SearchSteps, long Improvements, long Gained,
    (TimeSpan Candidates, TimeSpan Flow, TimeSpan Fill) Construction);
