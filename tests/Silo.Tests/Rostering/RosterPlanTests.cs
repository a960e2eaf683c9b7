using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Silo.Tests.Rostering;

/// <summary>
/// A roster planned, checked, published and read over HTTP: the plan's result passes the independent checker on the
/// generated instance, the publication is in the event log with its actor, schedules and coverage match the plan, and a
/// new silo on the same store serves the published roster.
/// </summary>
public sealed class RosterPlanTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_plan_is_followed_to_a_valid_result_published_with_its_actor_read_by_volunteer_and_venue_and_served_after_a_restart()
    {
        await RosterData.ImportAsync(Http, "games");
        var started = await Http.PostAsJsonAsync("/rosters/games/plans", new StartPlanRequest(3, 7), Ct);
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = started.Headers.Location!.OriginalString;
        var statuses = new List<string>();
        var plan = await Eventually.Value(async () => (await Http.GetFromJsonAsync<PlanView>(location, RosterData.Json, Ct))!, p =>
        {
            statuses.Add(p.Status);
            return p.Status is "done" or "failed";
        }, "the plan finished", TimeSpan.FromMinutes(2));

        plan.Error.ShouldBeNull();
        statuses.ShouldContain(s => s == "running" || s == "waiting");
        plan.Result!.HardViolations.ShouldBe(0);
        plan.Result.FilledPercent.ShouldBeGreaterThan(50);
        var assignments = await AssignmentsAsync(location);
        assignments.Count.ShouldBe(plan.Result.Assignments);
        var checkedByHand = PlanChecker.Check(RosterData.Instance, new RosterPlan(assignments.Select(a => new Assignment(Index(a.Shift), Index(a.Volunteer))).ToList()));
        checkedByHand.HardViolations.ShouldBe(0);
        checkedByHand.Stats.Filled.ShouldBe(assignments.Count);

        var published = await Http.PostAsJsonAsync($"{location}/publish", new PublishPlanRequest("first roster of the Games"), Ct);
        var publication = (await published.Content.ReadFromJsonAsync<PublicationView>(RosterData.Json, Ct))!;

        var bulk = (assignments.Count + RosterDecider.BulkSize - 1) / RosterDecider.BulkSize;
        publication.ShouldBe(new PublicationView("games", 1, assignments.Count, 0, assignments.Count, plan.Result.SoftScore["unfilledPlaces"], bulk + 1));
        var events = await _silo.Service<IEventStore>().ReadStreamAsync("roster-games", null, Ct).ToListAsync(Ct);
        events.Select(e => e.Type).ShouldBe([.. Enumerable.Repeat("volunteers.assigned-in-bulk.v1", bulk), "roster.published.v1"]);
        events.ShouldAllBe(e => e.Metadata.Actor == "workforce:tests");
        var volunteer = assignments.GroupBy(a => a.Volunteer).MaxBy(g => g.Count())!;
        var venue = RosterData.Shifts.First(s => s.Id == assignments[0].Shift).Venue;
        await ShouldServeAsync(volunteer, venue, assignments);
        (await Http.PutAsync("/rosters/games/shifts", RosterData.Csv(RosterData.ShiftsCsv()), Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await _silo.DisposeAsync();
        _silo = await RunningSilo.StartInSchemaAsync(_silo.Schema);

        (await RosterData.RosterAsync(Http, "games")).ShouldBe(new RosterView(
            "games", RosterData.Instance.Volunteers.Count, RosterData.Instance.Shifts.Count, RosterData.Instance.Demand, RosterData.Shifts.Min(s => s.Date), 1, assignments.Count));
        await ShouldServeAsync(volunteer, venue, assignments);
        (await Http.GetAsync(location, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Roster_routes_refuse_no_key_with_401_and_another_roles_key_with_403()
    {
        using var anonymous = new HttpClient { BaseAddress = Http.BaseAddress };
        using var management = new HttpClient { BaseAddress = Http.BaseAddress, DefaultRequestHeaders = { { "X-API-KEY", WriterKeys.Management } } };

        (await anonymous.PutAsync("/rosters/games/volunteers", RosterData.Csv(RosterData.VolunteersCsv()), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await management.PutAsync("/rosters/games/volunteers", RosterData.Csv(RosterData.VolunteersCsv()), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await management.PostAsJsonAsync("/rosters/games/plans", new StartPlanRequest(1, 1), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/rosters/games/volunteers/V000001/schedule", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await management.GetAsync("/rosters/games/venues/STA/coverage", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _silo.Service<IEventStore>().GetStreamVersionAsync("rosterinput-games", Ct)).ShouldBe(0);
    }

    private async Task ShouldServeAsync(IGrouping<string, AssignmentRecord> volunteer, string venue, List<AssignmentRecord> assignments)
    {
        var schedule = (await Http.GetFromJsonAsync<VolunteerScheduleView>($"/rosters/games/volunteers/{volunteer.Key}/schedule", RosterData.Json, Ct))!;
        schedule.Shifts.Select(s => s.Id).ShouldBe(volunteer.Select(a => a.Shift), ignoreOrder: true);
        schedule.Shifts.Select(s => (s.Date, s.Start)).ShouldBeInOrder();

        var shifts = RosterData.Shifts.ToDictionary(s => s.Id);
        var expected = assignments.Where(a => shifts[a.Shift].Venue == venue).GroupBy(a => shifts[a.Shift].Date).ToDictionary(g => g.Key, g => (long)g.Count());
        var coverage = (await Http.GetFromJsonAsync<VenueCoverageView>($"/rosters/games/venues/{venue}/coverage", RosterData.Json, Ct))!;
        coverage.Days.Where(d => d.Filled > 0).ToDictionary(d => d.Date, d => d.Filled).ShouldBe(expected, ignoreOrder: true);
        coverage.Days.Sum(d => d.Demand).ShouldBe(RosterData.Shifts.Where(s => s.Venue == venue).Sum(s => (long)s.Demand));
    }

    private async Task<List<AssignmentRecord>> AssignmentsAsync(string plan)
    {
        var csv = await Http.GetStringAsync($"{plan}/assignments?format=csv", Ct);
        var json = (await Http.GetFromJsonAsync<List<AssignmentRecord>>($"{plan}/assignments", RosterData.Json, Ct))!;
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Select(f => new AssignmentRecord(f[0], f[1])).ToList();
        rows.ShouldBe(json);
        return rows;
    }

    private static int Index(string id) => int.Parse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
}
