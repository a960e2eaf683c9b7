namespace Olympics.Orleans.EventStore;

/// <summary>
/// The event store: append-only streams with optimistic concurrency, a global order that never skips a late
/// commit, catch-up subscriptions, time travel and snapshots. PostgreSQL and in-memory implementations pass
/// the same contract tests.
/// </summary>
public interface IEventStore
{
    /// <summary>Creates or migrates the storage. Idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Throws when the store cannot serve requests (used by the readiness probe).</summary>
    Task CheckHealthAsync(CancellationToken ct = default);

    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> if the stream is at
    /// <paramref name="expectedVersion"/> (<see cref="ExpectedVersion"/>); all or nothing, in one round trip.
    /// </summary>
    /// <exception cref="ConcurrencyException">The stream is at another version.</exception>
    Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default);

    /// <summary>Appends many new streams at once (imports). All or nothing; fails if any stream exists.</summary>
    /// <exception cref="ConcurrencyException">One of the streams already exists.</exception>
    Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default);

    /// <summary>Which of <paramref name="streamIds"/> exist already (for idempotent imports); one round trip.</summary>
    Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default);

    /// <summary>
    /// The ids of the streams whose id starts with <paramref name="prefix"/> (every stream when empty), in ordinal order,
    /// streamed: for tools that list or suggest streams, never for a grain's hot path.
    /// </summary>
    IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, CancellationToken ct = default);

    /// <summary>The current version of a stream: 0 when it has no events.</summary>
    Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default);

    /// <summary>Reads one stream forward or backward, within a version range, as of a point in time.</summary>
    IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, CancellationToken ct = default);

    /// <summary>
    /// Reads committed events of all streams (or one category) in global order after a position. Never returns an
    /// event that a transaction still in flight could precede, so a reader never skips a late commit.
    /// </summary>
    IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, CancellationToken ct = default);

    /// <summary>
    /// The position of the last event of <paramref name="category"/> (of all events when null) that a reader may see now:
    /// where a follower that wants only what comes next starts. <see cref="GlobalPosition.Start"/> when there is none.
    /// </summary>
    Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default);

    /// <summary>Reads history after a position, then follows new events live until cancelled.</summary>
    IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, CancellationToken ct = default);

    /// <summary>Stores a snapshot of a stream's state at a version.</summary>
    Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default);

    /// <summary>Loads the latest snapshot of a stream, optionally at or below a version; null when none.</summary>
    Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default);
}
