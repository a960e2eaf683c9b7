using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Feeds.Streams;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Testing;
using Orleans.Streams;
using Orleans.TestingHost;

namespace Olympics.Orleans.Grains.Tests.Feeds.Streams;

/// <summary>
/// Silos of an in-process cluster on one log (in memory or on PostgreSQL) with the results streams, each silo's hub
/// source readable by the test; ODF messages stored as the document grain stores them.
/// </summary>
internal sealed class ResultStreamSilos : IAsyncDisposable
{
    private static readonly EventSerializer _serializer = new EventSerializer().RegisterAssemblies(typeof(FeedHub).Assembly);
    private readonly TestSilo _silo;

    private ResultStreamSilos(TestSilo silo, IEventStore store) => (_silo, Store, Silos) = (silo, store, [.. silo.Cluster.Silos]);

    /// <summary>The silos as they started, in order (a killed silo keeps its index).</summary>
    public IReadOnlyList<InProcessSiloHandle> Silos { get; }

    public IEventStore Store { get; }

    public InProcessTestCluster Cluster => _silo.Cluster;

    /// <param name="services">More services for every silo (e.g. what a test's grains need).</param>
    public static async Task<ResultStreamSilos> StartAsync(string store, short silos, ResultStreamOptions options, Action<IServiceCollection>? services = null)
    {
        IEventStore log = store == "memory" ? new InMemoryEventStore(TimeProvider.System) : MartenTestStores.Create();
        await log.InitializeAsync(TestContext.Current.CancellationToken);
        var silo = await TestSilo.StartAsync(
            host =>
            {
                host.AddSingleton(log);
                host.AddSingleton(FeedDocumentSessions.None);
                host.AddSingleton<FeedDecoder>();
                host.TryAddSingleton(TimeProvider.System);
                services?.Invoke(host);
            },
            builder => builder.AddResultStreams(options),
            silos);
        return new ResultStreamSilos(silo, log);
    }

    /// <summary>The hub source of silo <paramref name="index"/> (in the cluster's list of silos).</summary>
    public IFeedSource Source(int index) => Silos[index].ServiceProvider.GetRequiredService<IFeedSource>();

    public ResultQueueReaders Readers(int index) => Silos[index].ServiceProvider.GetRequiredService<ResultQueueReaders>();

    /// <summary>The results-feed subscriptions that silo <paramref name="index"/>'s own client holds (the hub's).</summary>
    public Task<IList<StreamSubscriptionHandle<LogRecord>>> SubscriptionsAsync(int index) =>
        FeedStream(index).GetAllSubscriptionHandles();

    /// <summary>Takes the hub's subscription away, as a lost pub/sub state would.</summary>
    public async Task UnsubscribeAllAsync(int index)
    {
        foreach (var handle in await SubscriptionsAsync(index))
        {
            await handle.UnsubscribeAsync();
        }
    }

    private IAsyncStream<LogRecord> FeedStream(int index) => Silos[index].ServiceProvider.GetRequiredService<IClusterClient>()
        .GetStreamProvider(ResultStreams.Provider).GetStream<LogRecord>(ResultStreams.Feed);

    public async Task<GlobalPosition> StoreAsync(int version, string code = "ATHM100M--------------FNL-0001----")
    {
        var header = FeedStore.Header(version, code);
        var (type, data) = _serializer.Serialize(new OdfDocumentReceived(header, $"<OdfBody Version=\"{version}\"/>", DateTimeOffset.UtcNow));
        var result = await Store.AppendAsync($"odf-{header.DocumentKey}", ExpectedVersion.Any, [EventData.Create(type, data)], TestContext.Current.CancellationToken);
        return result.LastPosition;
    }

    /// <summary>Reads <paramref name="count"/> events from a source after <paramref name="after"/>, in the background.</summary>
    public static Task<List<GlobalPosition>> CollectAsync(IFeedSource source, GlobalPosition after, int count, int seconds = 60) =>
        CollectAsync(source, after, taken => taken.Count == count, seconds);

    /// <summary>Reads events from a source after <paramref name="after"/> until <paramref name="complete"/> says so.</summary>
    /// <param name="first">Completed once the first event was read.</param>
    public static async Task<List<GlobalPosition>> CollectAsync(
        IFeedSource source, GlobalPosition after, Func<List<GlobalPosition>, bool> complete, int seconds = 60, TaskCompletionSource? first = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        var taken = new List<GlobalPosition>();
        await foreach (var stored in source.FollowAsync(after, deadline.Token))
        {
            taken.Add(stored.Position);
            first?.TrySetResult();
            if (complete(taken))
            {
                break;
            }
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync();
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
