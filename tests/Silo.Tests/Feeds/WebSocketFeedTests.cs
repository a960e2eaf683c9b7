using System.Net;
using System.Net.WebSockets;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Auth;

namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class WebSocketFeedTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync("--Feeds:HeartbeatInterval=00:00:00.2");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private HttpClient Http => _silo.Http;

    private async Task PostAsync(int version, string code = OdfMessages.Rsc, string source = OdfSilo.Source, string key = OdfSilo.Key) =>
        (await Http.PostAsync(OdfMessages.Xml(OdfMessages.Header(version, code, source)), key)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task Cis_gets_a_message_posted_after_it_connected_with_its_resume_token_and_payload()
    {
        await using var cis = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey);
        await PostAsync(1);

        var received = (await cis.NextAsync())!;

        (received.Data.DocumentKey, received.Data.Version, received.Data.Withdrawn).ShouldBe((OdfMessages.KeyOf(), 1, false));
        received.Data.Xml.ShouldBe(OdfMessages.Xml(1));
        EventStore.GlobalPosition.TryParse(received.Token, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_access_token_may_come_in_the_query_as_browsers_cannot_set_headers_but_a_key_may_not()
    {
        var token = await Http.TokenAsync(FeedSilo.CisKey);
        (await WebSocketClient.RefusedAsync(Http, key: null, $"?key={Uri.EscapeDataString(FeedSilo.CisKey)}")).ShouldBe(HttpStatusCode.Unauthorized);
        await using var cis = await WebSocketClient.OpenAsync(Http, key: null, $"?access_token={token.AccessToken}");
        await PostAsync(1);

        (await cis.NextAsync())!.Data.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Resuming_after_a_token_gives_the_next_message_and_no_duplicate()
    {
        await PostAsync(1);
        await PostAsync(2);
        string firstToken;
        await using (var before = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey, "?day=2024-08-04"))
        {
            firstToken = (await before.NextAsync())!.Token;
        }

        await using var resumed = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey, $"?after={Uri.EscapeDataString(firstToken)}");
        var next = (await resumed.NextAsync())!;
        await PostAsync(3);
        var live = (await resumed.NextAsync())!;

        (next.Data.Version, live.Data.Version).ShouldBe((2, 3));
        new[] { firstToken, next.Token, live.Token }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Feed_never_gets_a_message_before_its_stored_time_plus_the_delay()
    {
        await using var media = await WebSocketClient.OpenAsync(Http, FeedSilo.FeedKey);
        await PostAsync(1);
        await PostAsync(2);

        var first = (await media.NextAsync())!;
        var second = (await media.NextAsync())!;

        first.ReceivedAt.ShouldBeGreaterThanOrEqualTo(first.Data.StoredAt + FeedSilo.Delay);
        second.ReceivedAt.ShouldBeGreaterThanOrEqualTo(second.Data.StoredAt + FeedSilo.Delay);
        (first.Data.Version, second.Data.Version).ShouldBe((1, 2));
    }

    [Fact]
    public async Task A_revoked_key_is_closed_with_policy_violation_and_refused_on_reconnect()
    {
        await using var revocable = await WebSocketClient.OpenAsync(Http, FeedSilo.RevocableKey);
        await PostAsync(1);
        (await revocable.NextAsync()).ShouldNotBeNull();

        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await PostAsync(2);

        (await revocable.NextAsync()).ShouldBeNull();
        revocable.CloseStatus.ShouldBe(WebSocketCloseStatus.PolicyViolation);
        (await WebSocketClient.RefusedAsync(Http, FeedSilo.RevocableKey)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_idle_socket_of_a_revoked_key_is_closed_without_any_new_message()
    {
        await using var revocable = await WebSocketClient.OpenAsync(Http, FeedSilo.RevocableKey);

        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await revocable.NextAsync()).ShouldBeNull();
        revocable.CloseStatus.ShouldBe(WebSocketCloseStatus.PolicyViolation);
    }

    [Fact]
    public async Task A_missing_or_unknown_key_gets_401_before_the_upgrade()
    {
        (await WebSocketClient.RefusedAsync(Http, key: null)).ShouldBe(HttpStatusCode.Unauthorized);
        (await WebSocketClient.RefusedAsync(Http, "not-a-consumer-key-0123456789")).ShouldBe(HttpStatusCode.Unauthorized);
        (await WebSocketClient.RefusedAsync(Http, key: null, "?access_token=bm90.YS10b2tlbg")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_connection_limit_per_key_is_shared_with_SSE()
    {
        await using var sse = await SseClient.OpenAsync(Http, FeedSilo.CisKey);
        await using var socket = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey);

        (await WebSocketClient.RefusedAsync(Http, FeedSilo.CisKey)).ShouldBe(HttpStatusCode.TooManyRequests);
        using var overSse = await SseClient.SendAsync(Http, FeedSilo.CisKey);
        overSse.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task An_idle_socket_gets_heartbeat_frames()
    {
        await using var idle = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey);

        (await idle.NextTextAsync()).ShouldBe("""{"type":"heartbeat"}""");
    }

    [Fact]
    public async Task A_stopping_silo_closes_its_sockets_with_service_restart_so_that_clients_reconnect()
    {
        await using var cis = await WebSocketClient.OpenAsync(Http, FeedSilo.CisKey);

        var stopping = _silo.App.StopAsync(TestContext.Current.CancellationToken);
        while (await cis.NextTextAsync() is not null)
        {
            // Heartbeats until the close.
        }

        await stopping;
        cis.CloseStatus.ShouldBe((WebSocketCloseStatus)1012);
        cis.CloseStatusDescription.ShouldNotBeNull().ShouldContain("silo stopping");
    }
}
