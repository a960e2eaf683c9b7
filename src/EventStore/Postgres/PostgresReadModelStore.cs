using Npgsql;
using NpgsqlTypes;
using Olympics.Orleans.EventStore.ReadModels;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// Saved read models in the <c>read_models</c> table of the event store's schema (created by the store's migrations,
/// so silos and the replay tool agree on it). A version's state is one bytea, overwritten at each save.
/// </summary>
public sealed class PostgresReadModelStore : IReadModelStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresEventStoreOptions _options;
    private readonly string _s;

    /// <summary>Creates the store on the event store's database and schema.</summary>
    public PostgresReadModelStore(PostgresEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _s = options.Schema;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    }

    /// <summary>Applies the event store's migrations (the same as <see cref="PostgresEventStore.InitializeAsync"/>). Idempotent.</summary>
    public Task InitializeAsync(CancellationToken ct = default) => PostgresSchema.MigrateAsync(_dataSource, _options.Schema, ct);

    /// <inheritdoc />
    public async Task<int> BeginAsync(string name, string shape, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var retire = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(hashtext('read-model-{_s}-' || @name));
            UPDATE {_s}.read_models SET status = 'retired', data = NULL, updated_at = now() WHERE name = @name AND status = 'building';
            """, connection, tx);
        retire.Parameters.AddWithValue("name", name);
        await retire.ExecuteNonQueryAsync(ct);
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {_s}.read_models (name, version, status, shape, position, events)
            SELECT @name, coalesce(max(version), 0) + 1, 'building', @shape, @start, 0 FROM {_s}.read_models WHERE name = @name
            RETURNING version
            """, connection, tx);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("shape", shape);
        command.Parameters.AddWithValue("start", GlobalPosition.Start.ToToken());
        var version = (int)(await command.ExecuteScalarAsync(ct))!;
        await tx.CommitAsync(ct);
        return version;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string name, int version, GlobalPosition position, long events, byte[] data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        await using var command = _dataSource.CreateCommand($"""
            UPDATE {_s}.read_models SET position = @position, events = @events, data = @data, updated_at = now()
            WHERE name = @name AND version = @version AND status = 'building'
            """);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.AddWithValue("position", position.ToToken());
        command.Parameters.AddWithValue("events", events);
        command.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = data });
        if (await command.ExecuteNonQueryAsync(ct) == 0)
        {
            throw await ConflictAsync(name, version, ct);
        }
    }

    /// <inheritdoc />
    public Task<ReadModelCheckpoint?> LoadActiveAsync(string name, CancellationToken ct = default) => LoadAsync(name, "active", ct);

    /// <inheritdoc />
    public Task<ReadModelCheckpoint?> LoadBuildingAsync(string name, CancellationToken ct = default) => LoadAsync(name, "building", ct);

    /// <inheritdoc />
    public async Task ActivateAsync(string name, int version, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var retire = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(hashtext('read-model-{_s}-' || @name));
            UPDATE {_s}.read_models SET status = 'retired', data = NULL, updated_at = now() WHERE name = @name AND status = 'active';
            """, connection, tx);
        retire.Parameters.AddWithValue("name", name);
        await retire.ExecuteNonQueryAsync(ct);
        await using var activate = new NpgsqlCommand(
            $"UPDATE {_s}.read_models SET status = 'active', updated_at = now() WHERE name = @name AND version = @version AND status = 'building'",
            connection, tx);
        activate.Parameters.AddWithValue("name", name);
        activate.Parameters.AddWithValue("version", version);
        if (await activate.ExecuteNonQueryAsync(ct) == 0)
        {
            // The previous active version stays: nothing of this transaction is kept.
            await tx.RollbackAsync(ct);
            throw await ConflictAsync(name, version, ct);
        }

        await tx.CommitAsync(ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReadModelInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT name, version, status, shape, position, events, coalesce(octet_length(data), 0), updated_at FROM {_s}.read_models ORDER BY name, version");
        var list = new List<ReadModelInfo>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(ReadInfo(reader));
        }

        return list;
    }

    /// <summary>How many events of <paramref name="category"/> (every event when null) lie after <paramref name="after"/>: a rebuild's total.</summary>
    public async Task<long> CountEventsAsync(string? category, GlobalPosition after, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT count(*) FROM {_s}.events WHERE (tx_id, seq) > (@tx, @seq) {(category is null ? "" : "AND category = @category")}");
        command.Parameters.Add(new NpgsqlParameter("tx", NpgsqlDbType.Xid8) { Value = after.TransactionId });
        command.Parameters.AddWithValue("seq", after.Sequence);
        if (category is not null)
        {
            command.Parameters.AddWithValue("category", category);
        }

        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<ReadModelCheckpoint?> LoadAsync(string name, string status, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"""
            SELECT name, version, status, shape, position, events, coalesce(octet_length(data), 0), updated_at, coalesce(data, ''::bytea)
            FROM {_s}.read_models WHERE name = @name AND status = @status ORDER BY version DESC LIMIT 1
            """);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("status", status);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ReadModelCheckpoint(ReadInfo(reader), reader.GetFieldValue<byte[]>(8)) : null;
    }

    private async Task<ReadModelConflictException> ConflictAsync(string name, int version, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"SELECT status FROM {_s}.read_models WHERE name = @name AND version = @version");
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("version", version);
        return await command.ExecuteScalarAsync(ct) is string status
            ? new ReadModelConflictException(name, version, $"is {status}, not building")
            : new ReadModelConflictException(name, version, "no such version");
    }

    private static ReadModelInfo ReadInfo(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetInt32(1), Enum.Parse<ReadModelStatus>(reader.GetString(2), ignoreCase: true), reader.GetString(3),
        GlobalPosition.Parse(reader.GetString(4)), reader.GetInt64(5), reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7));
}
