using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Silo.Tests.Rostering;

/// <summary>A silo solves one plan at a time (Rostering:ConcurrentPlans = 1): a second roster's plan waits for the first.</summary>
public sealed class RosterSolverSlotTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Two_plans_on_one_silo_never_run_at_the_same_time_and_both_finish()
    {
        var ct = TestContext.Current.CancellationToken;
        await RosterData.ImportAsync(_silo.Http, "first");
        await RosterData.ImportAsync(_silo.Http, "second");
        foreach (var roster in new[] { "first", "second" })
        {
            (await _silo.Http.PostAsJsonAsync($"/rosters/{roster}/plans", new StartPlanRequest(2, 1), ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        // The two statuses are read one after the other, so "first running, second running" may be the first plan
        // finishing and the second starting in between. The first plan is read again after the second: running both
        // times (a status only goes waiting, running, done) with the second running in between is a real overlap.
        var seen = new List<(string First, string Second, string FirstAgain)>();
        await Eventually.Value(async () =>
        {
            var first = await StatusAsync("first", ct);
            var second = await StatusAsync("second", ct);
            var firstAgain = await StatusAsync("first", ct);
            seen.Add((first, second, firstAgain));
            return (firstAgain, second);
        }, s => s is ("done", "done"), "both plans finished", TimeSpan.FromMinutes(2));

        seen.ShouldNotContain(("running", "running", "running"));
        seen.ShouldContain(s => (s.First == "running" && s.Second == "waiting") || (s.First == "waiting" && s.Second == "running"));
    }

    private async Task<string> StatusAsync(string roster, CancellationToken ct) =>
        (await _silo.Http.GetFromJsonAsync<PlanView>($"/rosters/{roster}/plans/1", RosterData.Json, ct))!.Status;
}
