using System.Text.RegularExpressions;
using Npgsql;

namespace Olympics.Orleans.Silo.Hosting.Clustering;

/// <summary>
/// The cluster's membership tables in the event store's schema, the query texts Orleans reads from them, and the
/// leases on the cluster's processes (<see cref="PostgresProcessLeadership"/>). Applied
/// at every start: idempotent, and silos that start together take turns on an advisory lock, so two of them never
/// race to create the same table.
/// </summary>
internal static partial class MembershipSchema
{
    /// <summary>Any stable number: it names the lock the silos take while they apply this migration.</summary>
    private const long MigrationLock = 0x4F4C594D_434C5553;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct)
    {
        if (!Identifier().IsMatch(schema))
        {
            throw new SiloStartupException($"EventStore:Schema '{schema}' is not a plain lower-case identifier, which the cluster's tables need.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"select pg_advisory_xact_lock({MigrationLock})"));
        foreach (var statement in Tables(schema))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        }

        foreach (var (key, text) in MembershipQueries.For(schema))
        {
            var upsert = new NpgsqlBatchCommand($"""
                insert into {schema}.orleansquery (querykey, querytext) values (@key, @text)
                on conflict (querykey) do update set querytext = excluded.querytext
                """);
            upsert.Parameters.AddWithValue("key", key);
            upsert.Parameters.AddWithValue("text", text);
            batch.BatchCommands.Add(upsert);
        }

        await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static string[] Tables(string schema) =>
    [
        $"create schema if not exists {schema}",
        $"""
        create table if not exists {schema}.orleansquery (
            querykey text primary key,
            querytext text not null)
        """,
        $"""
        create table if not exists {schema}.cluster_version (
            cluster_id text primary key,
            version integer not null,
            changed_at timestamptz not null)
        """,
        $"""
        create table if not exists {schema}.cluster_silo (
            cluster_id text not null references {schema}.cluster_version (cluster_id) on delete cascade,
            address text not null,
            port integer not null,
            generation integer not null,
            silo_name text not null,
            host_name text not null,
            status integer not null,
            proxy_port integer not null,
            suspect_times text,
            start_time timestamptz not null,
            i_am_alive_time timestamptz not null,
            primary key (cluster_id, address, port, generation))
        """,
        $"""
        create table if not exists {schema}.process_lease (
            process text primary key,
            holder text not null,
            expires_at timestamptz not null)
        """,
    ];

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
