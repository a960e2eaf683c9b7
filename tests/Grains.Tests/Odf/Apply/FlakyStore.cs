using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>
/// A store (in-memory unless another is given) whose next appends to streams with a given prefix fail, as a store that
/// is down would, or commit and then fail, as an append whose answer was lost on the way back.
/// </summary>
internal sealed class FlakyStore(IEventStore? inner = null) : IEventStore
{
    private readonly IEventStore _inner = inner ?? new InMemoryEventStore();

    public IEventStore Inner => _inner;
    private int _failures;
    private bool _commitFirst;
    private int _attempts;
    private string _prefix = "";

    /// <summary>How many appends failed so far.</summary>
    public int Failed { get; private set; }

    /// <summary>How many appends were asked for so far, failed or not.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public void FailNext(int count, string streamPrefix) => (_failures, _commitFirst, _prefix) = (count, false, streamPrefix);

    public void LoseAnswerOfNext(int count, string streamPrefix) => (_failures, _commitFirst, _prefix) = (count, true, streamPrefix);

    public async Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _attempts);
        if (streamId.StartsWith(_prefix, StringComparison.Ordinal) && Interlocked.Decrement(ref _failures) >= 0)
        {
            if (_commitFirst)
            {
                await _inner.AppendAsync(streamId, expectedVersion, events, ct);
            }

            Failed++;
            throw new TimeoutException($"The store is down (append to {streamId}).");
        }

        return await _inner.AppendAsync(streamId, expectedVersion, events, ct);
    }

    public Task InitializeAsync(CancellationToken ct = default) => _inner.InitializeAsync(ct);

    public Task CheckHealthAsync(CancellationToken ct = default) => _inner.CheckHealthAsync(ct);

    public Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default) => _inner.BulkAppendAsync(streams, ct);

    public Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default) => _inner.FindExistingStreamsAsync(streamIds, ct);

    public IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, CancellationToken ct = default) => _inner.ListStreamIdsAsync(prefix, ct);

    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default) => _inner.GetStreamVersionAsync(streamId, ct);

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, CancellationToken ct = default) => _inner.ReadStreamAsync(streamId, options, ct);

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, CancellationToken ct = default) => _inner.ReadAllAsync(options, ct);

    public Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default) => _inner.GetLastPositionAsync(category, ct);

    public IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, CancellationToken ct = default) => _inner.SubscribeAsync(options, ct);

    public Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default) => _inner.SaveSnapshotAsync(snapshot, ct);

    public Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default) => _inner.LoadSnapshotAsync(streamId, maxVersion, ct);
}
