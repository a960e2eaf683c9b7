using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Orleans;

namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>
/// An Orleans grain whose state is the fold of its event stream "{<see cref="StreamCategory"/>}-{key}". Activation
/// rebuilds the state (from the latest matching snapshot, then the events after it); commands go through
/// <see cref="ExecuteAsync{TCommand}"/>, which decides, evolves and appends at the expected version. Orleans gives
/// one turn at a time per activation; the expected version is what keeps a brief second activation (during a
/// membership change) from writing a history that was not decided on the state before it.
/// </summary>
/// <typeparam name="TState">The aggregate's state, an immutable record.</typeparam>
/// <typeparam name="TEvent">The base type of the aggregate's events (records marked with <see cref="EventNameAttribute"/>).</typeparam>
public abstract partial class EventSourcedGrain<TState, TEvent> : Grain
    where TState : class
    where TEvent : class
{
    private IEventStore _store = null!;
    private EventSerializer _serializer = null!;
    private EventSourcingOptions _options = null!;
    private string? _streamId;

    /// <summary>The stream category, the part of the stream id before the key, e.g. "session".</summary>
    protected abstract string StreamCategory { get; }

    /// <summary>The state before the first event.</summary>
    protected abstract TState InitialState { get; }

    /// <summary>The stored name of snapshots of the state; null (the default) means no snapshots.</summary>
    protected virtual string? SnapshotType => null;

    /// <summary>Snapshot after every this many events, when <see cref="SnapshotType"/> is set. Default 100.</summary>
    protected virtual int SnapshotEvery => 100;

    /// <summary>The current state, as of <see cref="Version"/>.</summary>
    protected TState State { get; private set; } = null!;

    /// <summary>The stream version the state reflects: 0 before the first event.</summary>
    protected long Version { get; private set; }

    /// <summary>This grain's stream id, "{category}-{key}".</summary>
    protected string StreamId => _streamId ??= $"{StreamCategory}-{GetPrimaryKeyString()}";

    /// <summary>The grain's string key.</summary>
    protected string GetPrimaryKeyString() => GrainExtensions.GetPrimaryKeyString(this);

    /// <summary>Applies one event to a state and returns the new state. Must be pure: it also runs on replay.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
        Justification = "C#-only code base; '@event' is the agreed name, and overrides keeping it avoid CA1725.")]
    protected abstract TState Evolve(TState state, TEvent @event);

    /// <summary>Loads the state from the event log before the first call is delivered. If it throws, the call fails and Orleans discards the activation.</summary>
    public sealed override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _store = ServiceProvider.GetService<IEventStore>()
            ?? throw new InvalidOperationException($"Grain '{GrainContext.GrainId}' is event-sourced, but no IEventStore is registered.");
        _serializer = ServiceProvider.GetRequiredService<EventSerializer>();
        _options = ServiceProvider.GetService<IOptions<EventSourcingOptions>>()?.Value ?? new EventSourcingOptions();
        StreamIds.Validate(StreamId);
        State = InitialState;
        Version = 0;
        await LoadSnapshotAsync(cancellationToken);
        await CatchUpAsync(cancellationToken);
    }

    private async Task LoadSnapshotAsync(CancellationToken ct)
    {
        // A snapshot of another type is from an older state shape: replaying all events is always correct.
        if (SnapshotType is not { } type || await _store.LoadSnapshotAsync(StreamId, null, ct) is not { } snapshot || snapshot.Type != type)
        {
            return;
        }

        State = JsonSerializer.Deserialize<TState>(snapshot.Data, EventSerializer.JsonOptions)
            ?? throw new JsonException($"Snapshot of stream '{StreamId}' at version {snapshot.Version} has null data.");
        Version = snapshot.Version;
    }

    /// <summary>Folds the events after <see cref="Version"/> into the state; the state changes only if all of them apply.</summary>
    private async Task CatchUpAsync(CancellationToken ct)
    {
        var state = State;
        var version = Version;
        await foreach (var stored in _store.ReadStreamAsync(StreamId, new ReadStreamOptions(FromVersion: version + 1), ct))
        {
            state = Evolve(state, ToEvent(stored));
            version = stored.StreamVersion;
        }

        State = state;
        Version = version;
    }

    private TEvent ToEvent(StoredEvent stored) => _serializer.Deserialize(stored.Type, stored.Data) as TEvent
        ?? throw new InvalidOperationException(
            $"Event '{stored.Type}' at version {stored.StreamVersion} of stream '{StreamId}' is not a {typeof(TEvent).Name}.");

    private ILogger Logger => ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());
}
