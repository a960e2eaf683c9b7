using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class ReplannerTests
{
    private static readonly RosterInstance _instance = RosterGenerator.Generate(new RosterSpec(Seed: 5, Scale: 0.01));
    private static readonly RosterPlan _published = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero)).Plan;

    [Fact]
    public void After_one_percent_withdraw_their_shifts_are_refilled_and_nobody_else_loses_a_shift()
    {
        var withdrawn = _published.Assignments.Select(a => a.Volunteer).Distinct().Where(v => v % 100 == 3).ToHashSet();
        withdrawn.ShouldNotBeEmpty();

        var result = Replanner.Replan(_instance, _published, RosterChange.Withdraw(withdrawn));

        PlanChecker.Check(result.Instance, result.Plan).Violations.ShouldBeEmpty();
        result.Plan.Assignments.ShouldNotContain(a => withdrawn.Contains(a.Volunteer));
        result.OthersReleased.ShouldBe(0);
        var kept = _published.Assignments.Where(a => !withdrawn.Contains(a.Volunteer));
        result.Plan.Assignments.ShouldBeSubsetOf(result.Plan.Assignments);
        kept.ShouldBeSubsetOf(result.Plan.Assignments);
        result.Changes.Where(c => !c.Assigned).ShouldAllBe(c => c.Reason == ChangeReason.VolunteerWithdrew);
        result.Changes.Count(c => c.Assigned).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_tighter_weekly_limit_releases_only_the_shifts_it_forbids_and_says_why()
    {
        var policy = _instance.Policy with { MaxWeekMinutes = 30 * 60 };

        var result = Replanner.Replan(_instance, _published, new RosterChange(new HashSet<int>(), new Dictionary<int, int>(), policy));

        var report = PlanChecker.Check(result.Instance, result.Plan);
        report.Violations.ShouldBeEmpty();
        PlanChecker.Check(result.Instance, _published).ViolationCounts.Keys.ShouldContain(ViolationKind.WeekHours);
        result.Changes.Where(c => !c.Assigned).ShouldAllBe(c => c.Reason == ChangeReason.PolicyChanged);
        result.Changes.Count(c => !c.Assigned).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_shift_that_needs_fewer_people_releases_the_extra_ones_with_that_reason()
    {
        var shift = _instance.Shifts.First(s => _published.Assignments.Count(a => a.Shift == s.Id) >= 3);

        var result = Replanner.Replan(_instance, _published, new RosterChange(new HashSet<int>(), new Dictionary<int, int> { [shift.Id] = 1 }));

        result.Plan.Assignments.Count(a => a.Shift == shift.Id).ShouldBe(1);
        result.Changes.Where(c => !c.Assigned).ShouldAllBe(c => c.Reason == ChangeReason.DemandReduced && c.Shift == shift.Id);
    }
}
