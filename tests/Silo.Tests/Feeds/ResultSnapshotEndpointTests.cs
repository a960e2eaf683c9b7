using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>GET /feeds/sessions/{code}/results and GET /feeds/medals over real HTTP on PostgreSQL.</summary>
public sealed class ResultSnapshotEndpointTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await FeedSilo.StartAsync();
        await Http.ScheduleAsync();
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private static UnitResultsView? Final(SessionResultsView? view) => view?.Units.SingleOrDefault(u => u.Rsc == ResultsSilo.Unit);

    [Fact]
    public async Task Feed_sees_the_previous_results_until_the_embargo_while_Cis_sees_the_new_ones_typed()
    {
        (await Http.PostAsync(ResultBodies.Result(ResultsSilo.Unit, 1, "LIVE", ("17", "FRA", "9.90"), ("20", "USA", "9.95")))).EnsureSuccessStatusCode();
        var (_, first) = await Http.UntilAsync<SessionResultsView>(ResultsSilo.ResultsPath(), FeedSilo.FeedKey, (_, v) => Final(v)?.Version == 1);
        Final(first)!.Version.ShouldBe(1, "the first version reached the FEED tier after its embargo");

        (await Http.PostAsync(ResultBodies.Result(ResultsSilo.Unit, 2, "OFFICIAL", ("20", "USA", "9.79"), ("17", "FRA", "9.80")))).EnsureSuccessStatusCode();
        using var media = await Http.GetAsync(ResultsSilo.ResultsPath(), FeedSilo.FeedKey);
        var answered = DateTimeOffset.UtcNow;
        var (cis, newer) = await Http.UntilAsync<SessionResultsView>(ResultsSilo.ResultsPath(), FeedSilo.CisKey, (_, v) => Final(v)?.Version == 2);

        var unit = Final(newer)!;
        answered.ShouldBeLessThan(unit.StoredAt!.Value + FeedSilo.Delay, "the FEED answer came before the embargo ended");
        Final(await media.Content.ReadFromJsonAsync<SessionResultsView>(SiloHttp.Json, TestContext.Current.CancellationToken))!.Version.ShouldBe(1);
        (unit.ResultStatus, unit.DocumentKey).ShouldBe(("OFFICIAL", OdfMessages.KeyOf()));
        unit.Competitors.Select(c => (c.Competitor, c.Organisation, c.Rank, c.Mark)).ShouldBe([("20", "USA", 1, "9.79"), ("17", "FRA", 2, "9.80")]);
        (media.Headers.CacheControl?.ToString(), cis.Headers.CacheControl?.ToString()).ShouldBe(("public, max-age=1", "no-store"));
        media.Headers.ETag.ShouldNotBe(cis.Headers.ETag);
    }

    [Fact]
    public async Task The_same_results_again_are_304_with_If_None_Match_and_a_new_version_is_200()
    {
        (await Http.PostAsync(ResultBodies.Result(ResultsSilo.Unit, 1, "LIVE", ("17", "FRA", "9.90")))).EnsureSuccessStatusCode();
        var (first, _) = await Http.UntilAsync<SessionResultsView>(ResultsSilo.ResultsPath(), FeedSilo.CisKey, (_, v) => Final(v)?.Version == 1);
        var etag = first.Headers.ETag!.ToString();

        using var again = await Http.GetAsync(ResultsSilo.ResultsPath(), FeedSilo.CisKey, ifNoneMatch: etag);
        (await Http.PostAsync(ResultBodies.Result(ResultsSilo.Unit, 2, "LIVE", ("17", "FRA", "9.85")))).EnsureSuccessStatusCode();
        var (changed, _) = await Http.UntilAsync<SessionResultsView>(ResultsSilo.ResultsPath(), FeedSilo.CisKey, (r, _) => r.Headers.ETag?.ToString() != etag);

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        again.Headers.ETag!.ToString().ShouldBe(etag);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag!.IsWeak.ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_session_is_404_a_missing_key_401_a_venue_key_403_and_a_key_following_other_disciplines_404()
    {
        using var unknown = await Http.GetAsync(ResultsSilo.ResultsPath("ATH99"), FeedSilo.CisKey);
        using var anonymous = await Http.GetAsync(ResultsSilo.ResultsPath(), key: null);
        using var venue = await Http.GetAsync(ResultsSilo.ResultsPath(), OdfSilo.Key);
        using var athletics = await Http.GetAsync(ResultsSilo.ResultsPath(), FeedSilo.AthleticsKey);

        (unknown.StatusCode, anonymous.StatusCode, venue.StatusCode, athletics.StatusCode)
            .ShouldBe((HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.OK));
        (await unknown.Problem()).GetProperty("title").GetString().ShouldBe("Unknown session");
    }

    [Fact]
    public async Task The_medal_table_is_404_until_one_is_visible_then_typed_with_the_medallists_and_304()
    {
        using var none = await Http.GetAsync("/feeds/medals", FeedSilo.CisKey);
        (await Http.PostAsync(ResultBodies.Medals(1, ("USA", 1, 0, 0), ("FRA", 0, 1, 0)))).EnsureSuccessStatusCode();
        (await Http.PostAsync(ResultBodies.Medallists(Contracts.Reference.Codes.Rsc(ResultsSilo.Unit).EventCode, 1, ("20", "USA"), ("17", "FRA")))).EnsureSuccessStatusCode();
        using var feedAtOnce = await Http.GetAsync("/feeds/medals", FeedSilo.FeedKey);
        var answered = DateTimeOffset.UtcNow;
        var (cis, table) = await Http.UntilAsync<MedalTableView>("/feeds/medals", FeedSilo.CisKey, (_, v) => v?.Events.Count == 1);
        using var again = await Http.GetAsync("/feeds/medals", FeedSilo.CisKey, ifNoneMatch: cis.Headers.ETag!.ToString());

        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await none.Problem()).GetProperty("title").GetString().ShouldBe("No visible medal table");
        answered.ShouldBeLessThan(table!.StoredAt + FeedSilo.Delay);
        feedAtOnce.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        table.Lines.Select(l => (l.Organisation, l.Rank, l.Gold, l.Silver, l.Total)).ShouldBe([("USA", (int?)1, 1, 0, 1), ("FRA", 2, 0, 1, 1)]);
        table.Events.ShouldHaveSingleItem().Medals.Select(m => m.Medal).ShouldBe(["ME_GOLD", "ME_SILVER"]);
        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        cis.Headers.CacheControl!.ToString().ShouldBe("no-store");
    }
}
