namespace Olympics.Orleans.EventStore.ReadModels;

/// <summary>The read-model store in memory, for tests and in-memory silos; same behaviour as PostgreSQL's.</summary>
public sealed class InMemoryReadModelStore(TimeProvider? timeProvider = null) : IReadModelStore
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly List<ReadModelCheckpoint> _rows = [];

    /// <inheritdoc />
    public Task<int> BeginAsync(string name, string shape, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var version = _rows.Where(r => r.Info.Name == name).Select(r => r.Info.Version).DefaultIfEmpty(0).Max() + 1;
            Retire(name, ReadModelStatus.Building);
            _rows.Add(new(new(name, version, ReadModelStatus.Building, shape, GlobalPosition.Start, 0, 0, _time.GetUtcNow()), []));
            return Task.FromResult(version);
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(string name, int version, GlobalPosition position, long events, byte[] data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        lock (_gate)
        {
            var i = IndexOfBuilding(name, version);
            _rows[i] = new(_rows[i].Info with { Position = position, Events = events, Bytes = data.Length, UpdatedAt = _time.GetUtcNow() }, [.. data]);
            return Task.CompletedTask;
        }
    }

    /// <inheritdoc />
    public Task<ReadModelCheckpoint?> LoadActiveAsync(string name, CancellationToken ct = default) =>
        Task.FromResult(Find(name, ReadModelStatus.Active));

    /// <inheritdoc />
    public Task<ReadModelCheckpoint?> LoadBuildingAsync(string name, CancellationToken ct = default) =>
        Task.FromResult(Find(name, ReadModelStatus.Building));

    /// <inheritdoc />
    public Task ActivateAsync(string name, int version, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var i = IndexOfBuilding(name, version);
            Retire(name, ReadModelStatus.Active);
            _rows[i] = _rows[i] with { Info = _rows[i].Info with { Status = ReadModelStatus.Active, UpdatedAt = _time.GetUtcNow() } };
            return Task.CompletedTask;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReadModelInfo>> ListAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReadModelInfo>>(
                [.. _rows.Select(r => r.Info).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Version)]);
        }
    }

    private ReadModelCheckpoint? Find(string name, ReadModelStatus status)
    {
        lock (_gate)
        {
            return _rows.Where(r => r.Info.Name == name && r.Info.Status == status).MaxBy(r => r.Info.Version) is { } row
                ? row with { Data = [.. row.Data] }
                : null;
        }
    }

    private int IndexOfBuilding(string name, int version)
    {
        var i = _rows.FindIndex(r => r.Info.Name == name && r.Info.Version == version);
        return i >= 0 && _rows[i].Info.Status == ReadModelStatus.Building
            ? i
            : throw new ReadModelConflictException(name, version, i < 0 ? "no such version" : $"is {_rows[i].Info.Status}, not building");
    }

    private void Retire(string name, ReadModelStatus status)
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i].Info.Name == name && _rows[i].Info.Status == status)
            {
                _rows[i] = new(_rows[i].Info with { Status = ReadModelStatus.Retired, Bytes = 0, UpdatedAt = _time.GetUtcNow() }, []);
            }
        }
    }
}
