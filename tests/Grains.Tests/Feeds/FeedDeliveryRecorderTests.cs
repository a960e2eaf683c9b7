using Microsoft.Extensions.Logging.Abstractions;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Push;
using Olympics.Orleans.Grains.Tests.Odf.Apply;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>Which subscribers are sampled, and a recorder that never waits: a full queue drops and counts.</summary>
public sealed class FeedDeliveryRecorderTests
{
    private static readonly EventSerializer _serializer = new EventSerializer().RegisterAssemblies(typeof(FeedHub).Assembly);

    private static FeedDeliveryRecorder Recorder(IEventStore store, double rate = 0.02, int capacity = 100, TimeSpan? flush = null, int? batch = null) =>
        new(store, _serializer, FeedDeliverySettings.Default with
        {
            SampleRate = rate, QueueCapacity = capacity, FlushInterval = flush ?? TimeSpan.FromMilliseconds(20),
            BatchSize = batch ?? FeedDeliverySettings.Default.BatchSize,
        },
            TimeProvider.System, NullLogger<FeedDeliveryRecorder>.Instance);

    [Fact]
    public void One_subscriber_in_fifty_is_sampled_and_the_first_of_each_tier_always()
    {
        using var recorder = Recorder(new InMemoryEventStore());

        var cis = Enumerable.Range(0, 120).Select(_ => recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse")).ToList();
        var feed = recorder.Join(FeedStore.Consumer(FeedTier.Feed), "websocket");

        cis.Select((s, i) => (s, i)).Where(x => x.s.IsSampled).Select(x => x.i).ShouldBe([0, 50, 100]);
        feed.IsSampled.ShouldBeTrue();
    }

    [Fact]
    public void A_sampled_subscriber_that_leaves_is_replaced_by_the_next_to_join()
    {
        using var recorder = Recorder(new InMemoryEventStore());
        var first = recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse");
        var second = recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse");

        first.Dispose();
        var third = recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse");

        (first.IsSampled, second.IsSampled, third.IsSampled).ShouldBe((true, false, true));
    }

    [Fact]
    public void A_rate_of_zero_records_nobody()
    {
        using var recorder = Recorder(new InMemoryEventStore(), rate: 0);

        recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse").IsSampled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_full_queue_drops_and_counts_instead_of_waiting_and_stopping_writes_what_it_accepted()
    {
        var store = new InMemoryEventStore();
        using var recorder = Recorder(store, rate: 1, capacity: 3);
        var sample = recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse");
        var entries = await EntriesAsync(5);

        sample.Record(entries, DateTimeOffset.UtcNow);
        recorder.Dropped.ShouldBe(2);
        await recorder.StartAsync(TestContext.Current.CancellationToken);
        await recorder.StopAsync(TestContext.Current.CancellationToken);

        var recorded = await store.ReadAllAsync(new ReadAllOptions(Category: FeedDeliveryRecorder.Category)).ToListAsync(TestContext.Current.CancellationToken);
        recorded.ShouldHaveSingleItem().Type.ShouldBe("feed.deliveries-recorded.v1");
        recorded.SelectMany(e => FeedDeliveriesRecorded.In((IFeedDeliveryEvent)_serializer.Deserialize(e.Type, e.Data))).Select(d => d.Version).ShouldBe([1, 2, 3]);
        recorded.ShouldAllBe(e => e.StreamId.StartsWith($"delivery-{recorder.SiloInstance}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Records_are_appended_as_one_event_per_batch_of_at_most_the_batch_size_in_delivery_order()
    {
        var store = new InMemoryEventStore();
        using var recorder = Recorder(store, rate: 1, batch: 2, flush: TimeSpan.FromHours(1));
        var sample = recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse");

        sample.Record(await EntriesAsync(5), DateTimeOffset.UtcNow);
        await recorder.StartAsync(TestContext.Current.CancellationToken);
        await recorder.StopAsync(TestContext.Current.CancellationToken);

        (await RecordedBatchesAsync(store)).ShouldBe([[1, 2], [3, 4], [5]]);
    }

    [Fact]
    public async Task An_append_whose_answer_was_lost_is_not_appended_again()
    {
        var (store, recorder, sample) = await StartedLosingOneAnswerAsync();
        using var _ = recorder;

        sample.Record(await EntriesAsync(3), DateTimeOffset.UtcNow);
        // The retry, a second after the lost answer, finds the stream one event longer and takes it for its own. The
        // stop waits for that retry to end (an append is never cancelled half-way).
        await WaitForAsync(() => store.Attempts == 2);
        await recorder.StopAsync(TestContext.Current.CancellationToken);

        (store.Failed, store.Attempts).ShouldBe((1, 2));
        (await RecordedBatchesAsync(store)).ShouldBe([[1, 2, 3]]);
    }

    [Fact]
    public async Task Stopping_during_the_retry_of_a_lost_answer_writes_the_records_that_came_meanwhile_too()
    {
        var entries = await EntriesAsync(4);
        var (store, recorder, sample) = await StartedLosingOneAnswerAsync();
        using var _ = recorder;
        sample.Record(entries[..2], DateTimeOffset.UtcNow);
        await WaitForAsync(() => store.Failed == 1);

        sample.Record(entries[2..], DateTimeOffset.UtcNow);
        await recorder.StopAsync(TestContext.Current.CancellationToken);

        // The committed batch is not written twice, and the later records are not taken for part of it.
        (await RecordedBatchesAsync(store)).ShouldBe([[1, 2], [3, 4]]);
    }

    [Fact]
    public void Only_delivery_events_hold_deliveries()
    {
        var at = DateTimeOffset.UtcNow;
        var one = new FeedDelivered("t", "k", 1, FeedTier.Cis, "cis", "sse", at, at);

        FeedDeliveriesRecorded.In(one).ShouldBe([one]);
        FeedDeliveriesRecorded.In(new FeedDeliveriesRecorded([one, one])).Count.ShouldBe(2);
        Should.Throw<ArgumentException>(() => FeedDeliveriesRecorded.In(null!)).ParamName.ShouldBe("recorded");
    }

    [Fact]
    public void A_feed_delivery_has_the_field_names_of_a_push_delivery_so_one_report_reads_both()
    {
        var at = DateTimeOffset.UtcNow;
        var feed = JsonFieldNames(new FeedDelivered("t", "k", 1, FeedTier.Feed, "media", "sse", at, at));
        var push = JsonFieldNames(new PushDelivered("t", "k", 1, at, at));

        push.ShouldBe(["token", "documentKey", "version", "storedAt", "deliveredAt"]);
        push.ShouldAllBe(name => feed.Contains(name));
        feed.Except(push).ShouldBe(["tier", "consumer", "transport"]);
    }

    // A started recorder that samples every subscriber, on a store that commits its first append and loses the answer.
    private static async Task<(FlakyStore Store, FeedDeliveryRecorder Recorder, FeedDeliverySample Sample)> StartedLosingOneAnswerAsync()
    {
        var store = new FlakyStore();
        store.LoseAnswerOfNext(1, "delivery-");
        var recorder = Recorder(store, rate: 1);
        var sample = recorder.Join(FeedStore.Consumer(FeedTier.Cis), "sse");
        await recorder.StartAsync(TestContext.Current.CancellationToken);
        return (store, recorder, sample);
    }

    private static async Task<List<List<int>>> RecordedBatchesAsync(IEventStore store) =>
        await store.ReadAllAsync(new ReadAllOptions(Category: FeedDeliveryRecorder.Category))
            .Select(e => FeedDeliveriesRecorded.In((IFeedDeliveryEvent)_serializer.Deserialize(e.Type, e.Data)).Select(d => d.Version).ToList())
            .ToListAsync(TestContext.Current.CancellationToken);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the recorder did not get there in time");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    private static List<string> JsonFieldNames(object value) =>
        [.. System.Text.Json.JsonDocument.Parse(_serializer.Serialize(value).Data).RootElement.EnumerateObject().Select(p => p.Name)];

    private static async Task<List<FeedEntry>> EntriesAsync(int count)
    {
        await using var feed = FeedHubHarness.InMemory();
        for (var v = 1; v <= count; v++)
        {
            await feed.StoreAsync(FeedStore.Header(v));
        }

        await feed.StartAsync();
        return await FeedHubHarness.TakeAsync(feed.Subscribe(FeedTier.Cis), count);
    }
}
