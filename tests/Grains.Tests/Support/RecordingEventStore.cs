using System.Runtime.CompilerServices;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Tests.Support;

/// <summary>Wraps a store to count reads and appends, and optionally to let another writer append first each time.</summary>
public sealed class RecordingEventStore(IEventStore inner) : IEventStore
{
    private int _eventsRead;
    private int _appends;

    /// <summary>The wrapped store, for writes that should bypass the recording (another writer).</summary>
    public IEventStore Inner => inner;

    public int EventsRead => Volatile.Read(ref _eventsRead);

    public int Appends => Volatile.Read(ref _appends);

    /// <summary>When set, runs before every append: e.g. a competing writer that makes the append conflict.</summary>
    public Func<string, Task>? BeforeAppend { get; set; }

    /// <summary>When set, appends ignore the expected version: a store without the fence, for control tests.</summary>
    public bool IgnoreExpectedVersion { get; set; }

    public void ResetCounts() => Volatile.Write(ref _eventsRead, 0);

    public async Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _appends);
        if (BeforeAppend is { } before)
        {
            await before(streamId);
        }

        return await inner.AppendAsync(streamId, IgnoreExpectedVersion ? ExpectedVersion.Any : expectedVersion, events, ct);
    }

    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var e in inner.ReadStreamAsync(streamId, options, ct))
        {
            Interlocked.Increment(ref _eventsRead);
            yield return e;
        }
    }

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

    public Task CheckHealthAsync(CancellationToken ct = default) => inner.CheckHealthAsync(ct);

    public Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default) => inner.BulkAppendAsync(streams, ct);

    public Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default) =>
        inner.FindExistingStreamsAsync(streamIds, ct);

    public IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, CancellationToken ct = default) => inner.ListStreamIdsAsync(prefix, ct);

    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default) => inner.GetStreamVersionAsync(streamId, ct);

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, CancellationToken ct = default) => inner.ReadAllAsync(options, ct);

    public Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default) => inner.GetLastPositionAsync(category, ct);

    public IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, CancellationToken ct = default) => inner.SubscribeAsync(options, ct);

    public Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default) => inner.SaveSnapshotAsync(snapshot, ct);

    public Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default) => inner.LoadSnapshotAsync(streamId, maxVersion, ct);
}
