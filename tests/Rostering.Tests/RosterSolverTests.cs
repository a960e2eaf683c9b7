using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class RosterSolverTests
{
    private static readonly Model.RosterInstance _small = RosterGenerator.Generate(new RosterSpec(Seed: 11, Scale: 0.01));

    [Fact]
    public void The_first_plan_and_the_searched_plan_break_no_hard_constraint_and_the_search_does_not_make_it_worse()
    {
        var result = RosterSolver.Solve(_small, new SolveOptions(TimeSpan.FromMinutes(2), Workers: 2, SubProblemSeconds: 0.2, MaxSteps: 20));

        var first = PlanChecker.Check(_small, result.FirstPlan);
        var best = PlanChecker.Check(_small, result.Plan);

        first.Violations.ShouldBeEmpty();
        best.Violations.ShouldBeEmpty();
        result.SearchSteps.ShouldBeGreaterThan(0);
        (best.Score.Total - best.Score.TeamMateApart).ShouldBeLessThanOrEqualTo(first.Score.Total - first.Score.TeamMateApart);
        best.Stats.Filled.ShouldBeGreaterThanOrEqualTo(first.Stats.Filled);
    }

    [Fact]
    public void The_greedy_baseline_is_feasible_too_and_the_solver_scores_better()
    {
        var greedy = PlanChecker.Check(_small, GreedyBaseline.Solve(_small));
        var solved = PlanChecker.Check(_small, RosterSolver.Solve(_small, new SolveOptions(TimeSpan.FromMinutes(2), SubProblemSeconds: 0.2, MaxSteps: 10)).Plan);

        greedy.Violations.ShouldBeEmpty();
        solved.Score.Total.ShouldBeLessThan(greedy.Score.Total);
    }
}
