using System.Text.Json;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Views of one category's streams as the embargoed tier may see them: each at the newest version stored at least
/// <see cref="FeedEmbargo.FeedDelay"/> ago (<see cref="StreamVersionTimes{TEvent}"/>; the first version when all are
/// newer). A stream unchanged for the delay is the read model's live view as it is; a recent one is folded from the
/// store up to that version (from its latest snapshot on), once per version.
/// </summary>
/// <typeparam name="TState">The aggregate's state, also its snapshot type.</typeparam>
/// <typeparam name="TEvent">The category's events.</typeparam>
/// <typeparam name="TView">The view callers read.</typeparam>
public abstract class EmbargoedStreams<TState, TEvent, TView>(
    IEventStore store, EventSerializer serializer, StreamVersionTimes<TEvent> times, TimeProvider time, FeedEmbargo embargo)
    where TView : class
{
    private readonly VersionedCache<TView> _views = new();

    /// <summary>The state before the stream's first event.</summary>
    protected abstract TState Initial { get; }

    /// <summary>Applies one event. Pure.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
        Justification = "As EventSourcedGrain.Evolve: C#-only code base; '@event' is the agreed name.")]
    protected abstract TState Evolve(TState state, TEvent @event);

    /// <summary>The view of <paramref name="state"/> at <paramref name="version"/>; null when the state is not one to show.</summary>
    protected abstract TView? ViewOf(TState state, long version);

    /// <summary>The stream version a view shows.</summary>
    protected abstract long VersionOf(TView view);

    /// <summary>Whether the key's stream has been seen.</summary>
    protected bool Knows(string key) => times.Knows(key);

    /// <summary>The key's view as the embargoed tier may see it now, given its <paramref name="live"/> view when known.</summary>
    protected async Task<TView> ViewAsync(string key, TView? live, CancellationToken ct)
    {
        var version = times.VisibleVersion(key, time.GetUtcNow() - embargo.FeedDelay);
        return live is not null && VersionOf(live) == version ? live : await _views.GetAsync(key, version, () => FoldAsync(key, version), ct);
    }

    private async Task<TView> FoldAsync(string key, long version)
    {
        var stream = times.StreamOfKey(key);
        var (state, at) = await store.LoadSnapshotAsync(stream, version) is { } snapshot && snapshot.Type == serializer.NameOf(typeof(TState))
            ? (JsonSerializer.Deserialize<TState>(snapshot.Data, EventSerializer.JsonOptions)!, snapshot.Version)
            : (Initial, 0L);
        await foreach (var stored in store.ReadStreamAsync(stream, new ReadStreamOptions(FromVersion: at + 1, ToVersion: version)))
        {
            state = Evolve(state, serializer.Deserialize(stored.Type, stored.Data) is TEvent e
                ? e
                : throw new InvalidOperationException($"Event '{stored.Type}' at version {stored.StreamVersion} of {stream} is not a {typeof(TEvent).Name}."));
            at = stored.StreamVersion;
        }

        return ViewOf(state, at) ?? throw new InvalidOperationException($"{stream} has nothing to show up to version {version}.");
    }
}
