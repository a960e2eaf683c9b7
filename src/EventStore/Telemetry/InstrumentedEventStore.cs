using System.Diagnostics;

namespace Olympics.Orleans.EventStore.Telemetry;

/// <summary>Wraps any store with traces and metrics for appends; reads pass straight through.</summary>
public sealed class InstrumentedEventStore(IEventStore inner) : IEventStore
{
    /// <summary>The wrapped store.</summary>
    public IEventStore Inner { get; } = inner;

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        using var activity = EventStoreTelemetry.Source.StartActivity("eventstore.append");
        activity?.SetTag("eventstore.stream", streamId);
        activity?.SetTag("eventstore.expected_version", expectedVersion);
        var started = Stopwatch.GetTimestamp();
        var category = new KeyValuePair<string, object?>("category", StreamIds.CategoryOf(streamId ?? ""));
        try
        {
            var result = await Inner.AppendAsync(streamId!, expectedVersion, events, ct);
            EventStoreTelemetry.EventsAppended.Add(events.Count, category);
            return result;
        }
        catch (ConcurrencyException e)
        {
            EventStoreTelemetry.Conflicts.Add(1, category);
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
        finally
        {
            EventStoreTelemetry.AppendDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, category);
        }
    }

    /// <inheritdoc />
    public async Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default)
    {
        using var activity = EventStoreTelemetry.Source.StartActivity("eventstore.bulk_append");
        var result = await Inner.BulkAppendAsync(streams, ct);
        activity?.SetTag("eventstore.streams", result.Streams);
        EventStoreTelemetry.EventsAppended.Add(result.Events);
        return result;
    }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken ct = default) => Inner.InitializeAsync(ct);

    /// <inheritdoc />
    public Task CheckHealthAsync(CancellationToken ct = default) => Inner.CheckHealthAsync(ct);

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default) =>
        Inner.FindExistingStreamsAsync(streamIds, ct);

    /// <inheritdoc />
    public IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, CancellationToken ct = default) => Inner.ListStreamIdsAsync(prefix, ct);

    /// <inheritdoc />
    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default) => Inner.GetStreamVersionAsync(streamId, ct);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, CancellationToken ct = default) =>
        Inner.ReadStreamAsync(streamId, options, ct);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, CancellationToken ct = default) => Inner.ReadAllAsync(options, ct);

    /// <inheritdoc />
    public Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default) => Inner.GetLastPositionAsync(category, ct);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, CancellationToken ct = default) => Inner.SubscribeAsync(options, ct);

    /// <inheritdoc />
    public Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default) => Inner.SaveSnapshotAsync(snapshot, ct);

    /// <inheritdoc />
    public Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default) =>
        Inner.LoadSnapshotAsync(streamId, maxVersion, ct);
}
