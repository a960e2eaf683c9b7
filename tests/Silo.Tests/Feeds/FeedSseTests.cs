using System.Net;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class FeedSseTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private HttpClient Http => _silo.Http;

    private async Task PostAsync(int version, string code = OdfMessages.Rsc, string source = OdfSilo.Source, string key = OdfSilo.Key) =>
        (await Http.PostAsync(OdfMessages.Xml(OdfMessages.Header(version, code, source)), key)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task Cis_gets_a_message_posted_after_it_connected_with_its_resume_token_and_payload()
    {
        await using var cis = await SseClient.OpenAsync(Http, FeedSilo.CisKey);
        await PostAsync(1);

        var received = (await cis.NextAsync())!;

        (received.Event, received.Data.DocumentKey, received.Data.Version, received.Data.Withdrawn).ShouldBe(("odf", OdfMessages.KeyOf(), 1, false));
        received.Data.Xml.ShouldBe(OdfMessages.Xml(1));
        EventStore.GlobalPosition.TryParse(received.Id, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Feed_never_gets_a_message_before_its_stored_time_plus_the_delay()
    {
        await using var media = await SseClient.OpenAsync(Http, FeedSilo.FeedKey);
        await PostAsync(1);
        await PostAsync(2);

        var first = (await media.NextAsync())!;
        var second = (await media.NextAsync())!;

        first.ReceivedAt.ShouldBeGreaterThanOrEqualTo(first.Data.StoredAt + FeedSilo.Delay);
        second.ReceivedAt.ShouldBeGreaterThanOrEqualTo(second.Data.StoredAt + FeedSilo.Delay);
        (first.Data.Version, second.Data.Version).ShouldBe((1, 2));
    }

    [Fact]
    public async Task Resuming_with_Last_Event_ID_gives_the_next_message_and_no_duplicate()
    {
        await PostAsync(1);
        await PostAsync(2);
        string firstId;
        await using (var before = await SseClient.OpenAsync(Http, FeedSilo.CisKey, "?day=2024-08-04"))
        {
            firstId = (await before.NextAsync())!.Id;
        }

        await using var resumed = await SseClient.OpenAsync(Http, FeedSilo.CisKey, lastEventId: firstId);
        var next = (await resumed.NextAsync())!;
        await PostAsync(3);
        var live = (await resumed.NextAsync())!;

        (next.Data.Version, live.Data.Version).ShouldBe((2, 3));
        new[] { firstId, next.Id, live.Id }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task A_consumer_filtered_to_athletics_does_not_get_swimming()
    {
        await using var athletics = await SseClient.OpenAsync(Http, FeedSilo.AthleticsKey);
        await PostAsync(1, "SWMW200MFR------------FNL-0001----", OdfSilo.OtherSource, OdfSilo.OtherKey);
        await PostAsync(1);

        var received = (await athletics.NextAsync())!;

        received.Data.DocumentKey.ShouldBe(OdfMessages.KeyOf());
    }

    [Fact]
    public async Task A_revoked_key_stops_receiving_and_is_refused_on_reconnect()
    {
        await using var revocable = await SseClient.OpenAsync(Http, FeedSilo.RevocableKey);
        await PostAsync(1);
        (await revocable.NextAsync()).ShouldNotBeNull();

        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await PostAsync(2);

        (await revocable.NextAsync()).ShouldBeNull();
        using var again = await SseClient.SendAsync(Http, FeedSilo.RevocableKey);
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_idle_stream_of_a_revoked_key_ends_without_any_new_message()
    {
        await using var revocable = await SseClient.OpenAsync(Http, FeedSilo.RevocableKey);

        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await revocable.NextAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task A_revocation_survives_a_restart_of_the_silo()
    {
        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await _silo.DisposeAsync();
        _silo = await FeedSilo.StartInSchemaAsync(_silo.Schema);

        using var refused = await SseClient.SendAsync(Http, FeedSilo.RevocableKey);
        using var others = await Http.GetAsync(FeedSilo.SnapshotPath(OdfMessages.KeyOf()), FeedSilo.CisKey);

        (refused.StatusCode, others.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Revocation_needs_the_admin_key()
    {
        (await Http.RevokeAsync("revocable", key: FeedSilo.CisKey)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Http.RevokeAsync("nobody")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_or_unknown_key_gets_401()
    {
        using var unknown = await SseClient.SendAsync(Http, "not-a-consumer-key-0123456789");
        using var missing = await Http.GetAsync("/feeds/sse", key: null);

        (unknown.StatusCode, missing.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_connection_over_the_per_key_limit_gets_429_with_Retry_After()
    {
        var open = new List<SseClient>();
        for (var i = 0; i < FeedSilo.MaxConnections; i++)
        {
            open.Add(await SseClient.OpenAsync(Http, FeedSilo.CisKey));
        }

        using var over = await SseClient.SendAsync(Http, FeedSilo.CisKey);
        using var otherKey = await SseClient.SendAsync(Http, FeedSilo.FeedKey);

        over.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        over.Headers.RetryAfter.ShouldNotBeNull();
        otherKey.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var client in open)
        {
            await client.DisposeAsync();
        }
    }
}
