using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>Streams opened at the live edge (<c>?from=now</c>): nothing the tier could already see, everything after.</summary>
public sealed class FeedLiveStartTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private HttpClient Http => _silo.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task PostAsync(int version) =>
        (await Http.PostAsync(OdfMessages.Xml(OdfMessages.Header(version)))).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task A_cis_stream_from_now_names_its_start_and_gets_only_what_comes_after()
    {
        await using var earlier = await SseClient.OpenAsync(Http, FeedSilo.CisKey);
        await PostAsync(1);
        await PostAsync(2);
        (await earlier.NextAsync())!.Data.Version.ShouldBe(1);
        var second = (await earlier.NextAsync())!;

        await using var live = await SseClient.OpenAsync(Http, FeedSilo.CisKey, "?from=now");
        var start = (await live.NextAsync())!;
        await PostAsync(3);
        var first = (await live.NextAsync())!;

        (start.Event, start.Id).ShouldBe(("start", second.Id), "the stream starts after the newest message the hub had");
        (first.Event, first.Data.Version).ShouldBe(("odf", 3));
    }

    [Fact]
    public async Task A_feed_stream_from_now_gets_a_message_still_under_embargo_when_it_opened()
    {
        await using var earlier = await SseClient.OpenAsync(Http, FeedSilo.CisKey);
        await PostAsync(1);
        (await earlier.NextAsync())!.Data.Version.ShouldBe(1, "stored and read by the hub, its embargo still running");

        await using var live = await SseClient.OpenAsync(Http, FeedSilo.FeedKey, "?from=now");
        var first = (await live.NextAsync())!;
        while (first.Event == "start")
        {
            first = (await live.NextAsync())!;
        }

        (first.Event, first.Data.Version).ShouldBe(("odf", 1));
        first.ReceivedAt.ShouldBeGreaterThanOrEqualTo(first.Data.StoredAt + FeedSilo.Delay);
    }

    [Theory]
    [InlineData("?from=later", "from")]
    [InlineData("?from=now&day=2024-08-04", "from")]
    public async Task A_start_that_is_not_now_or_that_names_two_starts_is_refused_naming_from(string query, string field)
    {
        using var response = await SseClient.SendAsync(Http, FeedSilo.CisKey, query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
    }
}
