namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>One in-memory instance of a grain, with its turn (one call at a time) and life cycle.</summary>
internal sealed class Activation(GrainId id, GrainClass grainClass, GrainRuntime runtime)
{
    private const int Created = 0;
    private const int Active = 1;
    private const int Dead = 2;

    private int _state;
    private long _lastUse;

    public GrainId Id { get; } = id;

    public GrainClass Class { get; } = grainClass;

    public GrainRuntime Runtime { get; } = runtime;

    // Never disposed on purpose: callers that raced with deactivation may still be queued on it, and a
    // SemaphoreSlim only needs disposal once its wait handle has been requested, which never happens here.
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public Grain? Instance { get; set; }

    public bool IsActive => Volatile.Read(ref _state) == Active;

    public bool IsDead => Volatile.Read(ref _state) == Dead;

    public bool DeactivationRequested { get; set; }

    /// <summary>Timestamp (of the runtime's TimeProvider) when the last call finished.</summary>
    public long LastUse
    {
        get => Volatile.Read(ref _lastUse);
        set => Volatile.Write(ref _lastUse, value);
    }

    /// <summary>Moves a new activation to active; false when it was retired meanwhile.</summary>
    public bool TryMarkActive() => Interlocked.CompareExchange(ref _state, Active, Created) == Created;

    /// <summary>Marks the activation dead; true only for the first caller, so teardown runs once.</summary>
    public bool MarkDead() => Interlocked.Exchange(ref _state, Dead) != Dead;

    public override string ToString() => Id.ToString();
}
