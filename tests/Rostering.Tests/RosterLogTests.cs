using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class RosterLogTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly RosterInstance _instance = RosterGenerator.Generate(new RosterSpec(Seed: 9, Scale: 0.005));
    private static readonly RosterPlan _plan = RosterSolver.Solve(_instance, new SolveOptions(TimeSpan.Zero)).Plan;

    [Fact]
    public async Task A_published_roster_read_back_from_the_log_has_every_assignment_and_its_revision()
    {
        var store = new InMemoryEventStore();
        var log = new RosterLog(store);

        var events = await log.PublishAsync("paris", RosterDecider.First(_plan, 0, 0, _at), "planner@paris2024", TestContext.Current.CancellationToken);
        var (state, version) = await log.LoadAsync("paris", TestContext.Current.CancellationToken);

        events.Count.ShouldBe(((_plan.Assignments.Count + RosterDecider.BulkSize - 1) / RosterDecider.BulkSize) + 1);
        version.ShouldBe(events.Count);
        state.Revision.ShouldBe(1);
        state.Assignments.SetEquals(_plan.Assignments).ShouldBeTrue();
        var stored = await store.ReadStreamAsync(RosterLog.StreamId("paris"), null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        stored[0].Type.ShouldBe("volunteers.assigned-in-bulk.v1");
        stored[^1].Type.ShouldBe("roster.published.v1");
        stored[0].Metadata.Actor.ShouldBe("planner@paris2024");
    }

    [Fact]
    public async Task A_re_plan_after_withdrawals_is_logged_as_releases_with_the_reason_and_the_log_rebuilds_the_new_plan()
    {
        var log = new RosterLog(new InMemoryEventStore());
        await log.PublishAsync("paris", RosterDecider.First(_plan, 0, 0, _at), "planner", TestContext.Current.CancellationToken);
        var withdrawn = _plan.Assignments.Select(a => a.Volunteer).Distinct().Take(3).ToHashSet();
        var replanned = Replanner.Replan(_instance, _plan, RosterChange.Withdraw(withdrawn));
        var report = PlanChecker.Check(replanned.Instance, replanned.Plan);

        var events = await log.PublishAsync(
            "paris", Publication.Of(replanned, report.Score.UnfilledPlaces, report.Score.Total, "3 volunteers withdrew", _at.AddDays(1)), "planner", TestContext.Current.CancellationToken);
        var (state, _) = await log.LoadAsync("paris", TestContext.Current.CancellationToken);

        events.OfType<VolunteerReleased>().ShouldNotBeEmpty();
        events.OfType<VolunteerReleased>().ShouldAllBe(r => withdrawn.Contains(r.Volunteer) && r.Reason == "VolunteerWithdrew" && r.Revision == 2);
        events.OfType<VolunteerAssigned>().ShouldAllBe(a => !withdrawn.Contains(a.Volunteer) && a.Reason == "RefilledAfterChange");
        state.Revision.ShouldBe(2);
        state.Assignments.SetEquals(replanned.Plan.Assignments).ShouldBeTrue();
    }

    [Fact]
    public void A_first_publication_assigns_in_bulk_events_of_at_most_the_bulk_size_one_reason_each()
    {
        var plan = Enumerable.Range(0, 12_001).Select(i => (new Assignment(i / 3, i % 4_000), i < 2 ? "asked for" : "planned")).ToList();

        var events = RosterDecider.Decide(new PublishRoster([], plan, 0, 0, "first plan", _at), Roster.Empty);

        var bulk = events.OfType<VolunteersAssignedInBulk>().ToList();
        bulk.Select(b => (b.Reason, b.Volunteers.Count)).ShouldBe([("asked for", 2), ("planned", 5_000), ("planned", 5_000), ("planned", 1_999)]);
        events.Count.ShouldBe(bulk.Count + 1);
        Roster.From(events).Assignments.SetEquals(plan.Select(p => p.Item1)).ShouldBeTrue();
    }

    [Fact]
    public void Releasing_a_volunteer_who_is_not_on_the_shift_is_refused()
    {
        var command = new PublishRoster([(new Assignment(1, 2), "test")], [], 0, 0, "test", _at);

        Should.Throw<InvalidOperationException>(() => RosterDecider.Decide(command, Roster.Empty)).Message.ShouldContain("nothing to release");
    }
}
