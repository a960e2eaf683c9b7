using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.ReadModels.Tests.Projections;

public sealed class ProjectionHostRetryTests
{
    [Fact]
    public async Task A_read_model_whose_store_reads_fail_retries_from_its_position_and_catches_up_without_gap_or_duplicate()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new OutageStore(new InMemoryEventStore());
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync($"ledger-{i}", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        }

        using var retries = new RetryCounter();
        await using var services = Services(store);
        var projection = services.GetRequiredService<ProjectionHostTests.StreamsSeen>();
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();
        await host.StartAsync(ct);
        await Eventually.True(() => projection.Streams.Count == 3, "the history was read");

        // The outage shows on the first read after it began: here, when the next event arrives.
        store.FailReads = true;
        for (var i = 3; i < 6; i++)
        {
            await store.AppendAsync($"ledger-{i}", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        }

        await Eventually.True(() => projection.Interruption is not null, "the failed reads show while they last");

        await Eventually.True(() => retries.Count >= 2, "each failed read is retried and counted");
        projection.Fault.ShouldBeNull("a failed read is not a fault of the read model");
        store.FailReads = false;
        var last = await store.AppendAsync("ledger-6", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        await projection.WaitForAsync(last.LastPosition).WaitAsync(TimeSpan.FromSeconds(20), ct);

        projection.Streams.ShouldBe([.. Enumerable.Range(0, 7).Select(i => $"ledger-{i}")]);
        projection.Interruption.ShouldBeNull();
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_read_model_cut_off_while_idle_follows_the_store_again_as_soon_as_it_answers_without_waiting_for_an_event()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new OutageStore(new InMemoryEventStore());
        await store.AppendAsync("ledger-0", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        await using var services = Services(store);
        var projection = services.GetRequiredService<ProjectionHostTests.StreamsSeen>();
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();
        await host.StartAsync(ct);
        await Eventually.True(() => projection.Streams.Count == 1, "the history was read");

        store.Cut();
        await Eventually.True(() => projection.Interruption is not null, "the broken connection shows");
        await Task.Delay(100, ct);
        projection.Interruption.ShouldNotBeNull("the store still refuses");
        store.Restore();

        await Eventually.True(() => projection.Interruption is null, "the read model follows the store again with no new event");
        projection.Streams.ShouldBe(["ledger-0"]);
        await host.StopAsync(ct);
    }

    // One read model on the store, retrying fast.
    private static ServiceProvider Services(IEventStore store) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(store)
        .AddSingleton(new EventSerializer())
        .Configure<ProjectionHostOptions>(o => (o.InitialRetryDelay, o.MaxRetryDelay) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(40)))
        .AddProjection<ProjectionHostTests.StreamsSeen>()
        .BuildServiceProvider();

    // A store whose subscriptions fail while FailReads is set, as a PostgreSQL restart makes them fail; Cut also breaks
    // the subscriptions waiting for events, as a restart breaks their connections.
    private sealed class OutageStore(IEventStore inner) : IEventStore
    {
        public volatile bool FailReads;
        private CancellationTokenSource _cut = new();

        public void Cut()
        {
            FailReads = true;
            _cut.Cancel();
        }

        public void Restore()
        {
            _cut = new CancellationTokenSource();
            FailReads = false;
        }

        public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

        public Task CheckHealthAsync(CancellationToken ct = default) =>
            FailReads ? Task.FromException(new IOException("the store refused the connection")) : inner.CheckHealthAsync(ct);

        public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default) =>
            inner.AppendAsync(streamId, expectedVersion, events, ct);

        public Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default) => inner.BulkAppendAsync(streams, ct);

        public Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default) =>
            inner.FindExistingStreamsAsync(streamIds, ct);

        public IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, CancellationToken ct = default) => inner.ListStreamIdsAsync(prefix, ct);

        public Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default) => inner.GetStreamVersionAsync(streamId, ct);

        public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, CancellationToken ct = default) =>
            inner.ReadStreamAsync(streamId, options, ct);

        public IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, CancellationToken ct = default) => inner.ReadAllAsync(options, ct);

        public Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default) => inner.GetLastPositionAsync(category, ct);

        public async IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            if (FailReads)
            {
                throw new IOException("the store refused the connection");
            }

            var cut = _cut.Token;
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct, cut);
            await using var events = inner.SubscribeAsync(options, waiting.Token).GetAsyncEnumerator(waiting.Token);
            while (true)
            {
                bool more;
                try
                {
                    more = await events.MoveNextAsync();
                }
                catch (OperationCanceledException) when (cut.IsCancellationRequested && !ct.IsCancellationRequested)
                {
                    throw new IOException("the connection to the store was reset");
                }

                if (!more)
                {
                    yield break;
                }

                if (FailReads)
                {
                    throw new IOException("the connection to the store was reset");
                }

                yield return events.Current;
            }
        }

        public Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default) => inner.SaveSnapshotAsync(snapshot, ct);

        public Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default) =>
            inner.LoadSnapshotAsync(streamId, maxVersion, ct);
    }

    private sealed class RetryCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public RetryCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ReadModelsTelemetry.MeterName && instrument.Name == ReadModelsTelemetry.RetriesMetric)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
