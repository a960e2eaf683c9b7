namespace Olympics.Orleans.EventStore.ReadModels;

/// <summary>
/// Saved states of read models (projections), so a silo starts from a checkpoint instead of folding the whole
/// history. Each name has numbered versions: one <see cref="ReadModelStatus.Building"/> at a time is filled by a
/// rebuild beside the <see cref="ReadModelStatus.Active"/> one, and replaces it in one transaction once caught up.
/// PostgreSQL and in-memory implementations pass the same contract tests.
/// </summary>
public interface IReadModelStore
{
    /// <summary>
    /// Starts a new building version of <paramref name="name"/> with <paramref name="shape"/>, from the start of the
    /// history, and returns its number. An older building version of the name is retired: one rebuild at a time.
    /// </summary>
    Task<int> BeginAsync(string name, string shape, CancellationToken ct = default);

    /// <summary>Saves the state of a building version as of <paramref name="position"/>, after <paramref name="events"/> events.</summary>
    /// <exception cref="ReadModelConflictException">The version is not building (activated, or retired by a newer rebuild).</exception>
    Task SaveAsync(string name, int version, GlobalPosition position, long events, byte[] data, CancellationToken ct = default);

    /// <summary>The active version of <paramref name="name"/> with its state, or null.</summary>
    Task<ReadModelCheckpoint?> LoadActiveAsync(string name, CancellationToken ct = default);

    /// <summary>The newest building version of <paramref name="name"/> with its state (empty before the first save), or null.</summary>
    Task<ReadModelCheckpoint?> LoadBuildingAsync(string name, CancellationToken ct = default);

    /// <summary>Makes a building version the active one; the previous active version is retired, in the same transaction.</summary>
    /// <exception cref="ReadModelConflictException">The version is not building.</exception>
    Task ActivateAsync(string name, int version, CancellationToken ct = default);

    /// <summary>Every version of every read model, by name then version, without the states.</summary>
    Task<IReadOnlyList<ReadModelInfo>> ListAsync(CancellationToken ct = default);
}

/// <summary>Where a read model version stands in its life.</summary>
public enum ReadModelStatus
{
    /// <summary>Being rebuilt; not served.</summary>
    Building,

    /// <summary>The version silos load at start.</summary>
    Active,

    /// <summary>Replaced by a newer version (its state is dropped).</summary>
    Retired,
}

/// <summary>One version of a read model: its code shape, how far it has folded (last position, events applied) and the state's size.</summary>
public sealed record ReadModelInfo(
    string Name, int Version, ReadModelStatus Status, string Shape, GlobalPosition Position, long Events, long Bytes, DateTimeOffset UpdatedAt);

/// <summary>A saved read model: what it is, and its state as written by the projection.</summary>
public sealed record ReadModelCheckpoint(ReadModelInfo Info, byte[] Data);

/// <summary>A save or activation of a version that is no longer building.</summary>
public sealed class ReadModelConflictException(string name, int version, string reason)
    : Exception($"Read model {name} version {version}: {reason}")
{
    /// <summary>The read model's name.</summary>
    public string Name { get; } = name;

    /// <summary>The version at fault.</summary>
    public int Version { get; } = version;
}
