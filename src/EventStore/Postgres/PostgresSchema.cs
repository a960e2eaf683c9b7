using Npgsql;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// Creates and migrates the store's tables. Each migration runs once, in order, under an advisory lock so that
/// several silos starting together do not race; running it again changes nothing.
/// </summary>
internal static class PostgresSchema
{
    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await Execute(connection, tx, $"SELECT pg_advisory_xact_lock(hashtext('olympics-schema-{schema}'))", ct);
        await Execute(connection, tx, $"""
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
                version int PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now());
            """, ct);
        var applied = await AppliedVersion(connection, tx, schema, ct);
        var migrations = PostgresMigrations.For(schema);
        for (var version = applied + 1; version <= migrations.Count; version++)
        {
            await Execute(connection, tx, migrations[version - 1], ct);
            await Execute(connection, tx, $"INSERT INTO {schema}.schema_migrations (version) VALUES ({version})", ct);
        }

        await tx.CommitAsync(ct);
    }

    private static async Task<int> AppliedVersion(NpgsqlConnection connection, NpgsqlTransaction tx, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {schema}.schema_migrations", connection, tx);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}
