using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// Plans a roster: a feasible plan by min-cost flow, day by day, then large-neighbourhood search with CP-SAT until the
/// time limit, keeping the best plan. See docs/adr/0009-volunteer-rostering.md.
/// </summary>
public static class RosterSolver
{
    public static SolveResult Solve(RosterInstance instance, SolveOptions options, IProgress<SolveProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTime.UtcNow;
        var eligibility = new Eligibility(instance);
        var schedule = new Schedule(instance);
        var construction = new FlowConstruction(schedule, eligibility, new Random(options.Seed), options.Workers);
        construction.Build(instance.Shifts, progress, started);
        var firstFeasible = DateTime.UtcNow - started;
        var first = schedule.ToPlan();
        var lns = new Lns(schedule, eligibility, options);
        lns.Run(started + options.TimeLimit, progress, started, ct);
        return new SolveResult(schedule.ToPlan(), first, firstFeasible, DateTime.UtcNow - started, lns.Steps, lns.Accepted, lns.Gained, construction.Timings);
    }
}
