using System.Text.Json;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.EventSourcing;

// Commands: decide -> evolve a candidate state -> append at the known version; on a conflict catch up and decide again.
public abstract partial class EventSourcedGrain<TState, TEvent>
{
    /// <summary>
    /// Runs a command: <paramref name="decide"/> turns it and the state into events (or throws a domain exception, which
    /// propagates unchanged); the events are evolved into a candidate state first (an Evolve error commits nothing),
    /// then appended at <see cref="Version"/>. After a version conflict the grain catches up and decides again, at most
    /// <see cref="EventSourcingOptions.MaxConflictRetries"/> times; then the <see cref="ConcurrencyException"/> propagates.
    /// </summary>
    /// <returns>The events committed; empty when the command decided nothing.</returns>
    protected async Task<IReadOnlyList<TEvent>> ExecuteAsync<TCommand>(
        TCommand command, Func<TCommand, TState, IReadOnlyList<TEvent>> decide, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var metadata = EventMetadataFactory.FromCurrentContext();
        for (var attempt = 0; ; attempt++)
        {
            var events = decide(command, State);
            if (events.Count == 0)
            {
                return events;
            }

            var candidate = State;
            for (var i = 0; i < events.Count; i++)
            {
                candidate = Evolve(candidate, events[i]);
            }

            try
            {
                var result = await _store.AppendAsync(StreamId, Version, ToEventData(events, metadata), ct);
                var previousVersion = Version;
                State = candidate;
                Version = result.StreamVersion;
                await SnapshotIfDueAsync(previousVersion, ct);
                return events;
            }
            catch (ConcurrencyException) when (attempt < _options.MaxConflictRetries)
            {
                EventSourcingTelemetry.ConflictRetried(GetType().Name);
                try
                {
                    await CatchUpAsync(ct);
                }
                catch
                {
                    // The state could not take the other writer's events: start over from the log on the next call.
                    DeactivateOnIdle();
                    throw;
                }
            }
        }
    }

    private EventData[] ToEventData(IReadOnlyList<TEvent> events, EventMetadata metadata)
    {
        var data = new EventData[events.Count];
        for (var i = 0; i < data.Length; i++)
        {
            var (type, json) = _serializer.Serialize(events[i]);
            data[i] = EventData.Create(type, json, metadata);
        }

        return data;
    }

    private async Task SnapshotIfDueAsync(long previousVersion, CancellationToken ct)
    {
        var every = SnapshotEvery;
        if (SnapshotType is not { } type || every <= 0 || Version / every == previousVersion / every)
        {
            return;
        }

        try
        {
            var json = JsonSerializer.Serialize(State, EventSerializer.JsonOptions);
            await _store.SaveSnapshotAsync(new StreamSnapshot(StreamId, Version, type, json), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The events are committed; a missing snapshot only costs a longer replay, so the command still succeeds.
            Logger.SnapshotFailed(ex, StreamId, Version);
        }
    }
}
