using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>Imports many new streams in one transaction with binary COPY: all of them or none.</summary>
internal static class PostgresBulkAppender
{
    public static async Task<BulkAppendResult> AppendAsync(NpgsqlDataSource dataSource, PostgresSql sql, IReadOnlyList<StreamImport> streams, CancellationToken ct)
    {
        AppendGuard.ValidateBulk(streams);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ThrowIfAnyExists(connection, tx, sql, streams, ct);
        try
        {
            await using (var writer = await connection.BeginBinaryImportAsync(sql.CopyStreams, ct))
            {
                foreach (var stream in streams)
                {
                    await writer.StartRowAsync(ct);
                    await writer.WriteAsync(stream.StreamId, NpgsqlDbType.Text, ct);
                    await writer.WriteAsync((long)stream.Events.Count, NpgsqlDbType.Bigint, ct);
                }

                await writer.CompleteAsync(ct);
            }

            var events = await CopyEvents(connection, sql, streams, ct);
            await tx.CommitAsync(ct);
            return new BulkAppendResult(streams.Count, events);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another writer created one of the streams after the check: look again, outside the failed transaction.
            await tx.RollbackAsync(CancellationToken.None);
            await using var again = await dataSource.OpenConnectionAsync(ct);
            await ThrowIfAnyExists(again, null, sql, streams, ct);
            throw new ConcurrencyException($"one of {streams.Count} imported streams", ExpectedVersion.NoStream, -1);
        }
    }

    private static async Task<long> CopyEvents(NpgsqlConnection connection, PostgresSql sql, IReadOnlyList<StreamImport> streams, CancellationToken ct)
    {
        long count = 0;
        var metadataJson = new MetadataJsonCache();
        await using var writer = await connection.BeginBinaryImportAsync(sql.CopyEvents, ct);
        foreach (var stream in streams)
        {
            for (var i = 0; i < stream.Events.Count; i++)
            {
                var e = stream.Events[i];
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(stream.StreamId, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(i + 1L, NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(e.Type, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(e.Data, NpgsqlDbType.Jsonb, ct);
                await writer.WriteAsync(metadataJson.Get(e.Metadata), NpgsqlDbType.Jsonb, ct);
                count++;
            }
        }

        await writer.CompleteAsync(ct);
        return count;
    }

    private static async Task ThrowIfAnyExists(NpgsqlConnection connection, NpgsqlTransaction? tx, PostgresSql sql, IReadOnlyList<StreamImport> streams, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql.FirstExistingStream, connection, tx);
        command.Parameters.AddWithValue("streams", streams.Select(s => s.StreamId).ToArray());
        if (await command.ExecuteScalarAsync(ct) is string existing)
        {
            throw new ConcurrencyException(existing, ExpectedVersion.NoStream, -1);
        }
    }
}
