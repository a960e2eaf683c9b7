using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Tests;

/// <summary>Property tests: on random small instances the solver's plan is checked and compared with an exact CP-SAT solve.</summary>
public sealed class ExactComparisonTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void On_a_random_small_instance_the_solver_fills_as_many_places_as_the_optimum_and_scores_within_the_stated_bound(int seed)
    {
        var instance = RandomInstance(seed);
        var (optimum, exactPlan) = ExactModel.Solve(instance);
        var exact = PlanChecker.Check(instance, exactPlan);
        var solved = PlanChecker.Check(instance, RosterSolver.Solve(instance, new SolveOptions(TimeSpan.FromMinutes(2), Workers: 1, Seed: seed, SubProblemSeconds: 0.2, MaxSteps: 200)).Plan);

        exact.Feasible.ShouldBeTrue();
        exact.Score.Total.ShouldBe(optimum, "the exact model's objective is the checker's score");
        solved.Feasible.ShouldBeTrue();
        solved.Score.Total.ShouldBeGreaterThanOrEqualTo(optimum);
        solved.Score.UnfilledPlaces.ShouldBe(exact.Score.UnfilledPlaces);
        // The stated bound: within 10 % of the optimum's score net of unfilled places, plus 40 points.
        (solved.Score.Total - optimum).ShouldBeLessThanOrEqualTo(40 + ((optimum - exact.Score.Unfilled) / 10));
    }

    /// <summary>Eight volunteers, three days, eight shifts of six to eight hours (so one a day), Paris and Marseille.</summary>
    private static RosterInstance RandomInstance(int seed)
    {
        var r = new Random(seed);
        var volunteers = Enumerable.Range(0, 8).Select(id => new Volunteer(
            id, "IDF", 48.80 + (r.NextDouble() * 0.2), 2.25 + (r.NextDouble() * 0.2), 1 | (r.Next(2) << 1), 1 | (r.Next(4) << 1),
            r.Next(2) == 0 ? 'F' : 'M',
            Enumerable.Range(0, 3).Where(_ => r.NextDouble() < 0.8).Select(d => new DayWindow(d, 6 * 60, 24 * 60)).ToList(),
            r.NextDouble() < 0.8 ? 0b111UL : 0b001UL, (12 + r.Next(10)) * 60, 2, 1UL << r.Next(2), 1 << r.Next(3), -1)).ToList();
        var shifts = Enumerable.Range(0, 8).Select(id =>
        {
            var day = r.Next(3);
            var venue = r.Next(2);
            var function = r.Next(3);
            var start = (7 + r.Next(10)) * 60;
            var end = start + ((6 + r.Next(3)) * 60);
            return new Shift(id, venue, function, day, start, end, (day * 1440L) + start - 120, (day * 1440L) + end - 120, 1 + r.Next(3), r.Next(4) == 0 ? 2 : 0, (venue * 15) + function);
        }).ToList();
        return new RosterInstance(new DateOnly(2024, 7, 21), 3, [Tiny.Bercy, Tiny.Concorde, Tiny.Marseille], volunteers, shifts, new RosterPolicy(MaxDayMinutes: 9 * 60), new SoftWeights());
    }
}
