using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>
/// A read model kept up to date from the event store by <see cref="ProjectionHost"/>: it follows one category (or
/// all events) with a catch-up subscription: from the start, or from the saved checkpoint of a projection that is
/// also an <see cref="IPersistentProjection"/>. It never writes to the store.
/// Queries read it concurrently with <see cref="Apply"/>, so implementations keep their state thread-safe.
/// </summary>
public abstract class Projection
{
    private readonly PositionWaiters _waiters = new();
    private Task? _caughtUp;

    /// <summary>A name for logs and health.</summary>
    public abstract string Name { get; }

    /// <summary>The stream category followed (e.g. "accreditation"); null for every event.</summary>
    public abstract string? Category { get; }

    /// <summary>The position of the last event applied.</summary>
    public GlobalPosition Position => _waiters.Position;

    /// <summary>
    /// True once the projection has applied every event its category held when the host started following it: until
    /// then it answers from a partial history (a gate would call valid cards Unknown), so the silo is not ready.
    /// </summary>
    public bool CaughtUp => _caughtUp is { IsCompletedSuccessfully: true };

    /// <summary>The position of the last event its category held when the host started following it; null before.</summary>
    public GlobalPosition? StartedBehind { get; private set; }

    /// <summary>Set when <see cref="Apply"/> threw: the projection stopped there and says why.</summary>
    public Exception? Fault { get; private set; }

    /// <summary>
    /// Set while the projection cannot read the store (the last error); it retries with backoff from <see cref="Position"/>
    /// and clears this once a read succeeds again.
    /// </summary>
    public Exception? Interruption { get; private set; }

    /// <summary>Completes once the projection has applied everything up to <paramref name="position"/>.</summary>
    public Task WaitForAsync(GlobalPosition position, CancellationToken ct = default) => _waiters.WaitAsync(position, ct);

    /// <summary>Applies one event; <paramref name="data"/> is the deserialized event, null when its type is not registered.</summary>
    protected abstract void Apply(StoredEvent stored, object? data);

    /// <summary>
    /// Applies one event and moves <see cref="Position"/> past it: the <see cref="ProjectionHost"/> calls it for
    /// live read models, a rebuild for a new instance folding the history. Events come in global order.
    /// </summary>
    public void ApplyEvent(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Apply(stored, data);
        _waiters.Advance(stored.Position);
    }

    internal void Restored(GlobalPosition position) => _waiters.Advance(position);

    internal void Following(GlobalPosition end)
    {
        StartedBehind = end;
        _caughtUp = _waiters.WaitAsync(end, CancellationToken.None);
    }

    internal void Failed(Exception error) => Fault = error;

    internal void Interrupted(Exception error) => Interruption = error;

    internal void Resumed() => Interruption = null;
}
