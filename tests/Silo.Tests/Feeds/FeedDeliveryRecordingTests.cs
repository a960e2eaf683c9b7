using System.Net;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>Delivery times recorded in PostgreSQL for SSE and WebSocket subscribers, and written when the silo stops.</summary>
public sealed class FeedDeliveryRecordingTests : IAsyncDisposable
{
    private RunningSilo? _silo;

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task Each_tier_and_transport_records_deliveries_no_earlier_than_stored_plus_its_embargo()
    {
        _silo = await FeedSilo.StartAsync("--Feeds:DeliverySampleRate=1", "--Feeds:DeliveryFlushInterval=00:00:00.1");
        await using var cis = await SseClient.OpenAsync(_silo.Http, FeedSilo.CisKey);
        await using var media = await SseClient.OpenAsync(_silo.Http, FeedSilo.FeedKey);
        await using var socket = await WebSocketClient.OpenAsync(_silo.Http, FeedSilo.AthleticsKey);
        await PostAsync(1);

        var token = (await cis.NextAsync())!.Id;
        (await media.NextAsync())!.Id.ShouldBe(token);
        (await socket.NextAsync())!.Token.ShouldBe(token);
        var recorded = await RecordedAsync(_silo, 3);

        recorded.Select(r => (r.Consumer, r.Tier, r.Transport)).Order().ShouldBe([("athletics", FeedTier.Cis, "websocket"), ("cis", FeedTier.Cis, "sse"), ("media", FeedTier.Feed, "sse")]);
        recorded.ShouldAllBe(r => r.Token == token && r.DocumentKey == OdfMessages.KeyOf(OdfMessages.Rsc) && r.Version == 1);
        recorded.ShouldAllBe(r => r.DeliveredAt >= r.StoredAt);
        recorded.Single(r => r.Tier == FeedTier.Feed).DeliveredAt.ShouldBeGreaterThanOrEqualTo(recorded[0].StoredAt + FeedSilo.Delay);
        (await _silo.Service<IEventStore>().ReadAllAsync(new ReadAllOptions(Category: FeedDeliveryRecorder.Category), TestContext.Current.CancellationToken)
            .Select(e => e.StreamId).Distinct().ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe([FeedDeliveryRecorder.StreamOf(_silo.Service<FeedDeliveryRecorder>().SiloInstance, recorded[0].DeliveredAt)]);
    }

    [Fact]
    public async Task Deliveries_still_waiting_to_be_appended_are_written_when_the_silo_stops()
    {
        _silo = await FeedSilo.StartAsync("--Feeds:DeliverySampleRate=1", "--Feeds:DeliveryFlushInterval=01:00:00");
        await using var cis = await SseClient.OpenAsync(_silo.Http, FeedSilo.CisKey);
        await PostAsync(1);
        await PostAsync(2);
        (await cis.NextAsync()).ShouldNotBeNull();
        (await cis.NextAsync()).ShouldNotBeNull();
        (await RecordedNowAsync(_silo)).ShouldBeEmpty();

        await _silo.App.StopAsync(TestContext.Current.CancellationToken);

        (await RecordedAsync(_silo, 2)).Select(r => r.Version).ShouldBe([1, 2]);
    }

    private async Task PostAsync(int version) =>
        (await _silo!.Http.PostAsync(OdfMessages.Xml(OdfMessages.Header(version)), OdfSilo.Key)).StatusCode.ShouldBe(HttpStatusCode.OK);

    private static async Task<List<FeedDelivered>> RecordedNowAsync(RunningSilo silo)
    {
        var serializer = silo.Service<EventSerializer>();
        return await silo.Service<IEventStore>().ReadAllAsync(new ReadAllOptions(Category: FeedDeliveryRecorder.Category), TestContext.Current.CancellationToken)
            .SelectMany(e => FeedDeliveriesRecorded.In((IFeedDeliveryEvent)serializer.Deserialize(e.Type, e.Data)).ToAsyncEnumerable())
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    // Records are appended in the background and become readable once older transactions on the server have ended.
    private static async Task<List<FeedDelivered>> RecordedAsync(RunningSilo silo, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var recorded = await RecordedNowAsync(silo);
            if (recorded.Count >= count || DateTime.UtcNow > deadline)
            {
                return recorded;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
