using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Silo.Tests.Rostering;

/// <summary>
/// Volunteers withdraw from a published roster over HTTP: the re-plan releases their shifts and no one else's, refills
/// what it can, passes the independent checker, and is in the event log one event per volunteer and shift with the
/// reason and the actor, so the audit says who changed whose shifts and why.
/// </summary>
public sealed class RosterReplanTests : IAsyncLifetime
{
    private static readonly EventSerializer _serializer = new EventSerializer().RegisterAssemblies(typeof(Roster).Assembly);
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Withdrawn_volunteers_lose_their_shifts_others_keep_theirs_and_every_change_is_an_event_with_its_reason()
    {
        await RosterData.ImportAsync(Http, "games");
        (await Http.PostAsJsonAsync("/rosters/games/withdrawals", new WithdrawVolunteersRequest(["V000001"], null, null), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict, "nothing is published yet");
        var first = await PlanAndPublishAsync();
        var before = await RosterAsync();
        var withdrawn = before.Assignments.GroupBy(a => a.Volunteer).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key).ToHashSet();
        var ids = withdrawn.Select(Id).ToList();

        var response = await Http.PostAsJsonAsync("/rosters/games/withdrawals", new WithdrawVolunteersRequest(ids, "three volunteers fell ill", 5), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var replan = (await response.Content.ReadFromJsonAsync<ReplanView>(RosterData.Json, Ct))!;
        replan.HardViolations.ShouldBe(0);
        replan.OthersReleased.ShouldBe(0);
        replan.Publication.Revision.ShouldBe(2);
        var released = before.Assignments.Where(a => withdrawn.Contains(a.Volunteer)).ToList();
        replan.Changes.Where(c => !c.Assigned).Select(c => (c.Volunteer, c.Shift, c.Reason))
            .ShouldBe(released.Select(a => (Id(a.Volunteer), ShiftId(a.Shift), "VolunteerWithdrew")), ignoreOrder: true);
        replan.Changes.Where(c => c.Assigned).ShouldAllBe(c => c.Reason == "RefilledAfterChange" && !ids.Contains(c.Volunteer));

        var events = await _silo.Service<IEventStore>().ReadStreamAsync(RosterLog.StreamId("games"), null, Ct).ToListAsync(Ct);
        var revision = events.SkipWhile(e => e.StreamVersion <= first.Events).ToList();
        revision.ShouldAllBe(e => e.Metadata.Actor == "workforce:tests");
        revision.Count(e => e.Type == "volunteer.released.v1").ShouldBe(released.Count);
        revision.Count(e => e.Type == "volunteer.assigned.v1").ShouldBe(replan.Publication.Assigned);
        var published = (RosterPublished)_serializer.Deserialize(revision[^1].Type, revision[^1].Data);
        published.Reason.ShouldBe("three volunteers fell ill");

        var after = await RosterAsync();
        after.Assignments.ShouldNotContain(a => withdrawn.Contains(a.Volunteer));
        before.Assignments.Where(a => !withdrawn.Contains(a.Volunteer)).ShouldBeSubsetOf(after.Assignments);
        var changed = Replanner.Apply(RosterData.Instance, RosterChange.Withdraw(withdrawn));
        PlanChecker.Check(changed, new RosterPlan([.. after.Assignments])).HardViolations.ShouldBe(0);
        foreach (var id in ids)
        {
            (await Http.GetFromJsonAsync<VolunteerScheduleView>($"/rosters/games/volunteers/{id}/schedule", RosterData.Json, Ct))!.Shifts.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_withdrawal_naming_an_unknown_volunteer_is_refused_with_the_field_named_and_nothing_is_stored()
    {
        await RosterData.ImportAsync(Http, "games");
        await PlanAndPublishAsync();
        var version = await _silo.Service<IEventStore>().GetStreamVersionAsync(RosterLog.StreamId("games"), Ct);

        var response = await Http.PostAsJsonAsync("/rosters/games/withdrawals", new WithdrawVolunteersRequest(["V000001", "V999999"], null, null), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        problem.ShouldContain("volunteers[1]");
        problem.ShouldContain("V999999");
        (await Http.PostAsJsonAsync("/rosters/games/withdrawals", new WithdrawVolunteersRequest([], null, null), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _silo.Service<IEventStore>().GetStreamVersionAsync(RosterLog.StreamId("games"), Ct)).ShouldBe(version);
    }

    private async Task<PublicationView> PlanAndPublishAsync()
    {
        var started = await Http.PostAsJsonAsync("/rosters/games/plans", new StartPlanRequest(2, 3), Ct);
        var location = started.Headers.Location!.OriginalString;
        var plan = await Eventually.Value(async () => (await Http.GetFromJsonAsync<PlanView>(location, RosterData.Json, Ct))!,
            p => p.Status is "done" or "failed", "the plan finished", TimeSpan.FromMinutes(2));
        plan.Status.ShouldBe("done", plan.Error);
        var published = await Http.PostAsJsonAsync($"{location}/publish", new PublishPlanRequest("first roster"), Ct);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync(Ct));
        return (await published.Content.ReadFromJsonAsync<PublicationView>(RosterData.Json, Ct))!;
    }

    private async Task<Roster> RosterAsync()
    {
        var (state, _) = await new RosterLog(_silo.Service<IEventStore>()).LoadAsync("games", Ct);
        return state;
    }

    private static string Id(int volunteer) => RosterData.Volunteers[volunteer].Id;

    private static string ShiftId(int shift) => RosterData.Shifts[shift].Id;
}
