using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class FlowConstructionTests
{
    private static readonly RosterInstance _instance = RosterGenerator.Generate(new RosterSpec(Seed: 23, Scale: 0.01));

    [Fact]
    public void The_constructed_plan_breaks_no_hard_constraint()
    {
        var result = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero, Workers: 2, MaxSteps: 0));

        PlanChecker.Check(_instance, result.FirstPlan).Violations.ShouldBeEmpty();
        result.FirstPlan.Assignments.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_construction_gives_the_same_plan_for_a_seed_on_one_thread_or_two()
    {
        var one = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero, Workers: 1, Seed: 7, MaxSteps: 0)).FirstPlan;
        var two = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero, Workers: 2, Seed: 7, MaxSteps: 0)).FirstPlan;
        var again = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero, Workers: 2, Seed: 7, MaxSteps: 0)).FirstPlan;

        two.Assignments.ShouldBe(one.Assignments);
        again.Assignments.ShouldBe(two.Assignments);
    }

    [Fact]
    public void A_day_view_allows_exactly_what_the_schedule_can_take_with_other_days_planned_before_and_after()
    {
        var plan = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero, MaxSteps: 0)).FirstPlan;
        var eligibility = new Eligibility(_instance);
        var schedule = new Schedule(_instance);
        // Half the plan, so that each day has free volunteers with shifts on the days before and after it.
        foreach (var a in plan.Assignments.Where(a => (a.Volunteer + a.Shift) % 2 == 0))
        {
            schedule.Assign(a.Volunteer, _instance.Shifts[a.Shift]);
        }

        var compared = 0;
        var allowed = 0;
        foreach (var day in _instance.Shifts.GroupBy(s => s.Day))
        {
            var view = new DayView(schedule, eligibility, day.Key, day);
            foreach (var s in day)
            {
                var members = view.Members(s).ToHashSet();
                foreach (var v in eligibility.For(s))
                {
                    var canTake = schedule.CanTake(v, s);
                    (members.Contains(v) && view.Allows(v, s)).ShouldBe(canTake, $"volunteer {v}, shift {s.Id}");
                    compared++;
                    allowed += canTake ? 1 : 0;
                }
            }
        }

        allowed.ShouldBeGreaterThan(0);
        allowed.ShouldBeLessThan(compared);
    }
}
