using System.Runtime.CompilerServices;

namespace Olympics.Orleans.EventStore.InMemory;

/// <summary>
/// The event store in process memory: for unit tests and for running a silo without a server. It keeps the same
/// contract as the PostgreSQL store (the contract tests run against both); nothing survives the process.
/// </summary>
public sealed class InMemoryEventStore(TimeProvider? timeProvider = null) : IEventStore
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly List<StoredEvent> _all = [];
    private readonly Dictionary<string, List<StoredEvent>> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StreamSnapshot>> _snapshots = new(StringComparer.Ordinal);
    private readonly CommitSignal _signal = new();

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken ct = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task CheckHealthAsync(CancellationToken ct = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        AppendGuard.Validate(streamId, expectedVersion, events);
        lock (_gate)
        {
            var current = _streams.TryGetValue(streamId, out var stream) ? stream.Count : 0;
            if (expectedVersion != ExpectedVersion.Any && expectedVersion != current)
            {
                throw new ConcurrencyException(streamId, expectedVersion, current);
            }

            var last = Commit([new StreamImport(streamId, events)]);
            return Task.FromResult(new AppendResult(current + events.Count, last));
        }
    }

    /// <inheritdoc />
    public Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default)
    {
        AppendGuard.ValidateBulk(streams);
        lock (_gate)
        {
            if (streams.FirstOrDefault(s => _streams.ContainsKey(s.StreamId)) is { } existing)
            {
                throw new ConcurrencyException(existing.StreamId, ExpectedVersion.NoStream, _streams[existing.StreamId].Count);
            }

            Commit(streams);
            return Task.FromResult(new BulkAppendResult(streams.Count, streams.Sum(s => (long)s.Events.Count)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        lock (_gate)
        {
            return Task.FromResult<IReadOnlySet<string>>(streamIds.Where(_streams.ContainsKey).ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        string[] ids;
        lock (_gate)
        {
            ids = [.. _streams.Keys.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        }

        foreach (var id in ids)
        {
            ct.ThrowIfCancellationRequested();
            yield return id;
        }

        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_streams.TryGetValue(streamId, out var stream) ? (long)stream.Count : 0L);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        options ??= new ReadStreamOptions();
        AppendGuard.ValidateCount(options.MaxCount, nameof(options.MaxCount));
        List<StoredEvent> selected;
        lock (_gate)
        {
            var stream = _streams.TryGetValue(streamId, out var s) ? s : [];
            var range = stream.Where(e => e.StreamVersion >= options.FromVersion && e.StreamVersion <= options.ToVersion
                && (options.AsOf is null || e.Timestamp <= options.AsOf));
            selected = [.. (options.Direction == ReadDirection.Backward ? range.Reverse() : range).Take(options.MaxCount)];
        }

        foreach (var e in selected)
        {
            ct.ThrowIfCancellationRequested();
            yield return e;
        }

        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        AppendGuard.ValidateCount(options.MaxCount, nameof(options.MaxCount));
        foreach (var e in ReadPage(options.After ?? GlobalPosition.Start, options.Category, options.MaxCount))
        {
            ct.ThrowIfCancellationRequested();
            yield return e;
        }

        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default)
    {
        lock (_gate)
        {
            for (var i = _all.Count - 1; i >= 0; i--)
            {
                if (category is null || StreamIds.CategoryOf(_all[i].StreamId) == category)
                {
                    return Task.FromResult(_all[i].Position);
                }
            }

            return Task.FromResult(GlobalPosition.Start);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        AppendGuard.ValidateCount(options.BatchSize, nameof(options.BatchSize));
        var position = options.After ?? GlobalPosition.Start;
        while (true)
        {
            var generation = _signal.Generation;
            var page = ReadPage(position, options.Category, options.BatchSize);
            foreach (var e in page)
            {
                yield return e;
                position = e.Position;
            }

            if (page.Count == 0)
            {
                await _signal.WaitAsync(generation, Timeout.InfiniteTimeSpan, ct);
            }
        }
    }

    /// <inheritdoc />
    public Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            var list = _snapshots.TryGetValue(snapshot.StreamId, out var l) ? l : _snapshots[snapshot.StreamId] = [];
            list.RemoveAll(s => s.Version == snapshot.Version);
            list.Add(snapshot);
            list.Sort((a, b) => a.Version.CompareTo(b.Version));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var list = _snapshots.TryGetValue(streamId, out var l) ? l : [];
            return Task.FromResult(list.LastOrDefault(s => s.Version <= (maxVersion ?? long.MaxValue)));
        }
    }

    private List<StoredEvent> ReadPage(GlobalPosition after, string? category, int max)
    {
        lock (_gate)
        {
            var start = _all.BinarySearch(new StoredEvent(Guid.Empty, "", 0, "", "", EventMetadata.Empty, default, after), PositionComparer.Instance);
            start = start < 0 ? ~start : start + 1;
            var page = new List<StoredEvent>();
            for (var i = start; i < _all.Count && page.Count < max; i++)
            {
                if (category is null || StreamIds.CategoryOf(_all[i].StreamId) == category)
                {
                    page.Add(_all[i]);
                }
            }

            return page;
        }
    }

    // Caller holds _gate: a commit is atomic, so the sequence alone is the global order, as below Marten's high-water mark.
    private GlobalPosition Commit(IReadOnlyList<StreamImport> streams)
    {
        var now = _time.GetUtcNow();
        var last = GlobalPosition.Start;
        foreach (var (streamId, events) in streams)
        {
            var stream = _streams.TryGetValue(streamId, out var s) ? s : _streams[streamId] = [];
            foreach (var e in events)
            {
                last = new GlobalPosition(0, _all.Count + 1);
                var stored = new StoredEvent(e.Id, streamId, stream.Count + 1, e.Type, e.Data, e.Metadata, now, last);
                stream.Add(stored);
                _all.Add(stored);
            }
        }

        _signal.Notify();
        return last;
    }

    private sealed class PositionComparer : IComparer<StoredEvent>
    {
        public static PositionComparer Instance { get; } = new();

        public int Compare(StoredEvent? x, StoredEvent? y) => x!.Position.CompareTo(y!.Position);
    }
}
