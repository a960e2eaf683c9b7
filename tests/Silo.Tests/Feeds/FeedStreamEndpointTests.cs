using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>Streams by namespace and key (?stream=session/ATH01, discipline/ATH, feed) over SSE and WebSocket, within each consumer's filter.</summary>
public sealed class FeedStreamEndpointTests : IAsyncLifetime
{
    private const string Final = OdfMessages.Rsc;
    private const string Heat = "ATHM100M--------------HEAT0001----";
    private const string Swimming = "SWMW200MFR------------FNL-0001----";
    private const string Ath01Key = "session-ath01-only-key-0123456789";
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await FeedSilo.StartAsync(
            $"--Feeds:Consumers:ath01:ApiKey={Ath01Key}", "--Feeds:Consumers:ath01:Tier=Cis", "--Feeds:Consumers:ath01:Sessions:0=ath01");
        (await Http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();
        await ScheduleAsync("ATH01", Final, 21);
        await ScheduleAsync("ATH02", Heat, 10);
        // The feed finds a unit's session in the session catalog, which follows the store.
        (await Http.Until<ResultPage<SessionView>>("/sessions?day=2024-08-04", p => p.Total == 2)).Total.ShouldBe(2);
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_session_stream_over_SSE_gets_only_the_documents_of_that_sessions_units()
    {
        await using var session = await SseClient.OpenAsync(Http, FeedSilo.CisKey, "?stream=session/ATH01");
        await PostAllAsync();

        var received = new[] { (await session.NextAsync())!, (await session.NextAsync())! };

        received.Select(r => (r.Data.DocumentKey, r.Data.Version)).ShouldBe([(OdfMessages.KeyOf(Final), 1), (OdfMessages.KeyOf(Final), 2)]);
    }

    [Fact]
    public async Task A_discipline_stream_over_WebSocket_gets_only_that_discipline()
    {
        await using var athletics = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey, "?stream=discipline/ATH");
        await PostAllAsync();

        var received = new[] { (await athletics.NextAsync())!, (await athletics.NextAsync())!, (await athletics.NextAsync())! };

        received.Select(r => r.Data.DocumentKey).ShouldBe([OdfMessages.KeyOf(Final), OdfMessages.KeyOf(Heat), OdfMessages.KeyOf(Final)]);
    }

    [Fact]
    public async Task A_consumer_limited_to_a_session_gets_only_that_session_on_the_whole_feed_and_is_refused_another()
    {
        await using var limited = await SseClient.OpenAsync(Http, Ath01Key);
        using var other = await SseClient.SendAsync(Http, Ath01Key, "?stream=session/ATH02");
        await PostAllAsync();

        var received = new[] { (await limited.NextAsync())!, (await limited.NextAsync())! };

        received.Select(r => (r.Data.DocumentKey, r.Data.Version)).ShouldBe([(OdfMessages.KeyOf(Final), 1), (OdfMessages.KeyOf(Final), 2)]);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Problem()).GetProperty("errors").TryGetProperty("stream", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_stream_outside_the_consumers_disciplines_is_403_naming_stream_on_SSE_and_WebSocket()
    {
        using var sse = await SseClient.SendAsync(Http, FeedSilo.AthleticsKey, "?stream=discipline/SWM");

        sse.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sse.Problem()).GetProperty("errors").TryGetProperty("stream", out _).ShouldBeTrue();
        (await WebSocketClient.RefusedAsync(Http, FeedSilo.AthleticsKey, "?stream=session/SWM01")).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("session/ATH")]
    [InlineData("session/")]
    [InlineData("discipline/ATHL")]
    [InlineData("venue/STA")]
    [InlineData("feed/all")]
    public async Task A_malformed_stream_is_400_naming_stream(string stream)
    {
        using var sse = await SseClient.SendAsync(Http, FeedSilo.CisKey, $"?stream={Uri.EscapeDataString(stream)}");

        sse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sse.Problem()).GetProperty("errors").TryGetProperty("stream", out _).ShouldBeTrue();
        (await WebSocketClient.RefusedAsync(Http, FeedSilo.CisKey, $"?stream={Uri.EscapeDataString(stream)}")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_token_issued_before_the_history_moved_to_Marten_is_400_saying_so()
    {
        const string Old = "00000000000004d4-0000000000001c43";

        using var sse = await SseClient.SendAsync(Http, FeedSilo.CisKey, $"?after={Old}");

        sse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sse.Problem()).GetProperty("errors").GetProperty("Last-Event-ID")[0].GetString()!.ShouldContain("before the event history moved to Marten");
        (await WebSocketClient.RefusedAsync(Http, FeedSilo.CisKey, $"?after={Old}")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_feed_stream_is_the_default()
    {
        await using var feed = await SseClient.OpenAsync(Http, FeedSilo.CisKey, "?stream=feed");
        await PostAllAsync();

        var received = new[] { (await feed.NextAsync())!, (await feed.NextAsync())!, (await feed.NextAsync())!, (await feed.NextAsync())! };

        received.Select(r => r.Data.DocumentKey).ShouldBe([OdfMessages.KeyOf(Final), OdfMessages.KeyOf(Heat), OdfMessages.KeyOf(Swimming), OdfMessages.KeyOf(Final)]);
    }

    // The final (ATH01), a heat (ATH02), swimming (no session known), then the final again.
    private async Task PostAllAsync()
    {
        await PostAsync(1, Final);
        await PostAsync(1, Heat);
        await PostAsync(1, Swimming, OdfSilo.OtherSource, OdfSilo.OtherKey);
        await PostAsync(2, Final);
    }

    private async Task PostAsync(int version, string code, string source = OdfSilo.Source, string key = OdfSilo.Key) =>
        (await Http.PostAsync(OdfMessages.Xml(OdfMessages.Header(version, code, source)), key)).StatusCode.ShouldBe(HttpStatusCode.OK);

    private async Task ScheduleAsync(string code, string unit, int hour)
    {
        var start = new DateTimeOffset(2024, 8, 4, hour, 0, 0, TimeSpan.FromHours(2));
        var request = new ScheduleSessionRequest("ATH", "STA", code, start, start.AddHours(2), [new PlannedUnit(unit, unit, start)]);
        (await Http.PutAsJsonAsync($"/sessions/{code}", request, SiloHttp.Json, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }
}
