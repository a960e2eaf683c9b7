using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.EventStore.ReadModels;

/// <summary>
/// Saved read models in the <c>read_models</c> table of the event store's schema (created by <see cref="InitializeAsync"/>,
/// which silos and the replay tool both run). A version's state is one bytea, overwritten at each save.
/// </summary>
public sealed class PostgresReadModelStore : IReadModelStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresReadModelStoreOptions _options;
    private readonly string _s;

    /// <summary>Creates the store on the event store's database and schema.</summary>
    public PostgresReadModelStore(PostgresReadModelStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _s = options.Schema;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    }

    /// <summary>
    /// Creates the <c>read_models</c> table when it is missing (the same shape as the one the older event store's
    /// migrations made, so a database that has it already keeps its checkpoints). Idempotent, and safe when several
    /// silos start at once: they take turns under an advisory lock.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(hashtext('olympics-read-models-{_s}'));
            CREATE SCHEMA IF NOT EXISTS {_s};
            CREATE TABLE IF NOT EXISTS {_s}.read_models (
                name text NOT NULL,
                version int NOT NULL,
                status text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
                shape text NOT NULL,
                position text NOT NULL,
                events bigint NOT NULL,
                data bytea,
                updated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (name, version));
            ALTER TABLE {_s}.read_models ALTER COLUMN data SET STORAGE EXTERNAL;
            CREATE UNIQUE INDEX IF NOT EXISTS read_models_one_active ON {_s}.read_models (name) WHERE status = 'active';
            """, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

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
