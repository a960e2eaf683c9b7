using Microsoft.Extensions.Logging.Abstractions;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>A feed hub on an in-memory or PostgreSQL store, with ODF messages stored as the document grain stores them.</summary>
internal sealed class FeedHubHarness : IAsyncDisposable
{
    private static readonly EventSerializer _serializer = new EventSerializer().RegisterAssemblies(typeof(FeedHub).Assembly);
    private readonly TimeProvider _time;

    private FeedHubHarness(IEventStore store, TimeProvider time, FeedEmbargo embargo, FeedWindowSettings window, FeedDocumentSessions sessions)
    {
        (Store, _time) = (store, time);
        Hub = new FeedHub(
            store, new StoreFeedSource(store), new FeedDecoder(_serializer, sessions, NullLogger<FeedDecoder>.Instance), embargo, window, time,
            NullLogger<FeedHub>.Instance);
    }

    public IEventStore Store { get; }

    public FeedHub Hub { get; }

    /// <param name="storeTime">The store's clock, which stamps the stored times; the hub's clock (<paramref name="time"/>) when null.</param>
    public static FeedHubHarness InMemory(
        TimeProvider? time = null, TimeSpan? delay = null, int windowMessages = 1000, FeedDocumentSessions? sessions = null, TimeProvider? storeTime = null)
    {
        time ??= TimeProvider.System;
        return new(new InMemoryEventStore(storeTime ?? time), time, new FeedEmbargo(delay ?? FeedStore.Delay), Window(windowMessages), sessions ?? FeedDocumentSessions.None);
    }

    /// <summary>A hub over an existing store and clock (not started).</summary>
    public static FeedHubHarness On(IEventStore store, TimeProvider time) =>
        new(store, time, new FeedEmbargo(FeedStore.Delay), FeedWindowSettings.Default, FeedDocumentSessions.None);

    public static async Task<FeedHubHarness> OnAsync(string store, TimeSpan? delay = null, int windowMessages = 1000)
    {
        if (store == "memory")
        {
            return InMemory(delay: delay, windowMessages: windowMessages);
        }

        var postgres = MartenTestStores.Create();
        await postgres.InitializeAsync(TestContext.Current.CancellationToken);
        return new(postgres, TimeProvider.System, new FeedEmbargo(delay ?? FeedStore.Delay), Window(windowMessages), FeedDocumentSessions.None);
    }

    private static FeedWindowSettings Window(int messages) => FeedWindowSettings.Default with { MaxMessages = messages };

    public async Task StartAsync()
    {
        await Hub.StartAsync(TestContext.Current.CancellationToken);
        await Hub.Started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    public FeedSubscription Subscribe(FeedTier tier, string? after = null, FeedStreamId? stream = null, FeedConsumer? consumer = null) =>
        Hub.Subscribe(consumer ?? FeedStore.Consumer(tier), stream ?? FeedStreamId.Feed, new FeedStart(after));

    public async Task<GlobalPosition> StoreAsync(OdfHeader header, bool withdrawal = false)
    {
        var at = _time.GetUtcNow();
        var xml = $"<OdfBody Version=\"{header.Version}\"/>";
        var (type, data) = _serializer.Serialize(withdrawal ? new OdfDocumentWithdrawn(header, xml, at) : new OdfDocumentReceived(header, xml, at));
        var result = await Store.AppendAsync($"odf-{header.DocumentKey}", ExpectedVersion.Any, [EventData.Create(type, data)], TestContext.Current.CancellationToken);
        return result.LastPosition;
    }

    /// <summary>Stores an event of another category, as the rest of the system does between ODF messages.</summary>
    public Task StoreOtherAsync(string stream) =>
        Store.AppendAsync(stream, ExpectedVersion.Any, [EventData.Create("test.other.v1", "{}")], TestContext.Current.CancellationToken);

    /// <summary>The next <paramref name="count"/> entries or more, read as a writer would, in batches.</summary>
    public static async Task<List<FeedEntry>> TakeAsync(FeedSubscription subscription, int count, int seconds = 20)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        var taken = new List<FeedEntry>();
        var batch = new List<FeedEntry>();
        while (taken.Count < count)
        {
            batch.Clear();
            await subscription.ReadAsync(batch, deadline.Token);
            taken.AddRange(batch);
        }

        return taken;
    }

    /// <summary>True when nothing more arrives within <paramref name="milliseconds"/>.</summary>
    public static async Task<bool> NothingMoreAsync(FeedSubscription subscription, int milliseconds = 300)
    {
        using var deadline = new CancellationTokenSource(milliseconds);
        try
        {
            await subscription.ReadAsync([], deadline.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.StopAsync(CancellationToken.None);
        Hub.Dispose();
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
