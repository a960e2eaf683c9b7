using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Model;
using static Olympics.Orleans.Rostering.Tests.Tiny;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class PlanCheckerTests
{
    [Fact]
    public void A_plan_within_every_rule_has_no_violation_and_scores_only_what_is_left_unfilled()
    {
        var instance = Instance([Volunteer(0, 'F'), Volunteer(1, 'M')], [Shift(0, 0, 8, 14, demand: 3), Shift(1, 1, 8, 14)]);

        var report = PlanChecker.Check(instance, Plan((0, 0), (0, 1), (1, 0)));

        report.Feasible.ShouldBeTrue();
        report.Score.UnfilledPlaces.ShouldBe(1);
        report.Score.Unfilled.ShouldBe(1000);
        report.Stats.Filled.ShouldBe(3);
    }

    [Theory]
    [InlineData(ViolationKind.Function)]
    [InlineData(ViolationKind.Language)]
    [InlineData(ViolationKind.Access)]
    [InlineData(ViolationKind.Travel)]
    [InlineData(ViolationKind.Availability)]
    public void One_person_on_a_shift_they_cannot_work_is_reported_with_the_reason(ViolationKind kind)
    {
        var volunteer = Volunteer(0);
        var shift = Shift(0, 0, 8, 14);
        (volunteer, shift) = kind switch
        {
            ViolationKind.Function => (volunteer, shift with { Function = 3 }),
            ViolationKind.Language => (volunteer, shift with { Languages = 1 << 4 }),
            ViolationKind.Access => (volunteer with { Access = 0b001 }, shift with { Venue = 1 }),
            ViolationKind.Travel => (volunteer with { Access = 0b111 }, shift with { Venue = 2 }),
            _ => (volunteer, shift with { Day = 20 }),
        };

        var report = PlanChecker.Check(Instance([volunteer], [shift]) with { Days = 21 }, Plan((0, 0)));

        report.ViolationCounts.Keys.ShouldBe([kind]);
        report.Violations.Single().Volunteer.ShouldBe(0);
    }

    [Fact]
    public void Two_shifts_that_overlap_or_leave_too_little_rest_are_violations()
    {
        var instance = Instance([Volunteer(0)], [Shift(0, 0, 8, 14), Shift(1, 0, 13, 22), Shift(2, 1, 6, 10)]);

        var overlap = PlanChecker.Check(instance, Plan((0, 0), (1, 0)));
        var rest = PlanChecker.Check(instance, Plan((1, 0), (2, 0)));

        overlap.ViolationCounts.Keys.ShouldContain(ViolationKind.Overlap);
        rest.ViolationCounts.Keys.ShouldBe([ViolationKind.Rest]);
    }

    [Fact]
    public void Hours_beyond_the_day_week_and_games_limits_and_too_many_days_in_a_row_are_violations()
    {
        var shifts = Enumerable.Range(0, 8).Select(d => Shift(d, d, 8, 16)).ToList();
        var policy = new RosterPolicy(MaxDayMinutes: 7 * 60, MaxWeekMinutes: 40 * 60, MaxConsecutiveDays: 6);

        var report = PlanChecker.Check(Instance([Volunteer(0, maxHours: 60)], shifts, policy), Plan(shifts.Select(s => (s.Id, 0)).ToArray()));

        report.ViolationCounts[ViolationKind.DayHours].ShouldBe(8);
        report.ViolationCounts[ViolationKind.WeekHours].ShouldBe(4); // the windows ending on days 5, 6, 7 and 8
        report.ViolationCounts[ViolationKind.ConsecutiveDays].ShouldBe(2);
        report.ViolationCounts[ViolationKind.TotalHours].ShouldBe(1);
    }

    [Fact]
    public void More_people_than_the_demand_or_the_same_person_twice_are_violations()
    {
        var instance = Instance([Volunteer(0), Volunteer(1)], [Shift(0, 0, 8, 14)]);

        var report = PlanChecker.Check(instance, Plan((0, 0), (0, 1), (0, 1), (0, 7)));

        report.ViolationCounts[ViolationKind.OverDemand].ShouldBe(1);
        report.ViolationCounts[ViolationKind.DuplicateAssignment].ShouldBe(1);
        report.ViolationCounts[ViolationKind.UnknownReference].ShouldBe(1);
    }

    [Fact]
    public void A_team_of_three_women_is_imbalanced_and_a_volunteer_moved_between_teams_on_consecutive_days_is_a_change()
    {
        var volunteers = new[] { Volunteer(0, 'F'), Volunteer(1, 'F'), Volunteer(2, 'F') };
        var shifts = new[] { Shift(0, 0, 8, 14, demand: 3), Shift(1, 1, 8, 14, team: 5) };

        var report = PlanChecker.Check(Instance(volunteers, shifts), Plan((0, 0), (0, 1), (0, 2), (1, 0)));

        report.Score.GenderImbalance.ShouldBe(2 * new SoftWeights().GenderImbalance);
        report.Score.TeamChanges.ShouldBe(new SoftWeights().TeamChange);
        report.Score.CommittedDaysMissed.ShouldBe(new SoftWeights().CommittedDayMissed * 2);
    }
}
