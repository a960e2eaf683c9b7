using System.Text.Json;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>A stream category state-at can fold: the aggregate's initial state, its own Evolve and its view.</summary>
internal interface IStateAtAggregate
{
    string Category { get; }

    /// <summary>What the view shows, for --help and the unknown-category message.</summary>
    string Shows { get; }

    /// <summary>The view of <paramref name="streamId"/> at <paramref name="version"/> (which must exist).</summary>
    Task<FoldedState> FoldAsync(IEventStore store, EventSerializer serializer, string streamId, long version, CancellationToken ct);
}

/// <summary>A stream folded to <see cref="Version"/>: its view (or the bare state when the view has nothing to show yet).</summary>
/// <param name="FromSnapshot">The snapshot's version the fold started from; 0 when it started from the first event.</param>
internal sealed record FoldedState(long Version, object View, long FromSnapshot);

/// <summary>
/// Folds a stream exactly as its grain does on activation: from the latest snapshot of the grain's own snapshot type at
/// or below the version (another type is an older state shape and is ignored), then the events after it, up to the version.
/// </summary>
internal sealed class StateAtAggregate<TState, TEvent>(
    string category, string shows, string snapshotType, TState initial, Func<TState, TEvent, TState> evolve, Func<string, TState, long, object?> view)
    : IStateAtAggregate
    where TState : class
    where TEvent : class
{
    public string Category => category;

    public string Shows => shows;

    public async Task<FoldedState> FoldAsync(IEventStore store, EventSerializer serializer, string streamId, long version, CancellationToken ct)
    {
        var state = initial;
        long from = 0;
        if (await store.LoadSnapshotAsync(streamId, version, ct) is { } snapshot && snapshot.Type == snapshotType && snapshot.Version <= version)
        {
            state = JsonSerializer.Deserialize<TState>(snapshot.Data, EventSerializer.JsonOptions) ?? initial;
            from = snapshot.Version;
        }

        var reached = from;
        await foreach (var stored in store.ReadStreamAsync(streamId, new ReadStreamOptions(FromVersion: from + 1, ToVersion: version), ct))
        {
            var @event = serializer.Deserialize(stored.Type, stored.Data) as TEvent
                ?? throw new InvalidOperationException($"Event '{stored.Type}' at version {stored.StreamVersion} of '{streamId}' is not a {typeof(TEvent).Name}.");
            state = evolve(state, @event);
            reached = stored.StreamVersion;
        }

        var key = streamId[(category.Length + 1)..];
        return new FoldedState(reached, view(key, state, reached) ?? state, from);
    }
}
