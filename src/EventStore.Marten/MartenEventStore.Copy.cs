using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.EventStore.Marten;

// A bulk append is one transaction that reserves the events' sequence numbers and COPYs the rows into mt_streams and
// mt_events, the rows Marten's BulkInsertEventsAsync writes (MartenDirectAppendTests compares them). Not Marten's
// own bulk insert: that raises the high-water mark to its highest sequence on commit, past gaps that appends or
// other imports still hold open, and a follower that trusts the mark then skips their events for good. Here the mark
// moves only by the agent, and followers stop at the gaps (docs/adr/0005).
public sealed partial class MartenEventStore
{
    private const string StreamColumns = "id, version, tenant_id, is_archived";

    private const string EventColumns =
        "seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived, correlation_id, causation_id, headers, user_name";

    private async Task CopyAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct)
    {
        var count = streams.Sum(s => s.Events.Count);
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // The streams first: an existing one fails the COPY before any sequence number is taken, so a refused import
        // leaves no gap for followers to wait at.
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {_schema}.mt_streams ({StreamColumns}) FROM STDIN BINARY", ct))
        {
            foreach (var stream in streams)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(stream.StreamId, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync((long)stream.Events.Count, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(DefaultTenant, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, ct);
            }

            await copy.CompleteAsync(ct);
        }

        var (sequences, now) = await ReserveAsync(connection, count, ct);
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {_schema}.mt_events ({EventColumns}) FROM STDIN BINARY", ct))
        {
            var next = 0;
            foreach (var stream in streams)
            {
                for (var i = 0; i < stream.Events.Count; i++)
                {
                    await WriteEventAsync(copy, sequences[next++], stream.StreamId, i + 1, stream.Events[i], now, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    // The sequence numbers in ascending order, and the transaction's time (what appends store as the timestamp).
    private async Task<(long[] Sequences, DateTimeOffset Now)> ReserveAsync(NpgsqlConnection connection, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT nextval('{_schema}.mt_events_sequence'), now() FROM generate_series(1, $1) ORDER BY 1", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var (sequences, now) = (new long[count], DateTimeOffset.MinValue);
        await using var reader = await command.ExecuteReaderAsync(ct);
        for (var i = 0; await reader.ReadAsync(ct); i++)
        {
            (sequences[i], now) = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
        }

        return (sequences, now);
    }

    private static async Task WriteEventAsync(NpgsqlBinaryImporter copy, long sequence, string streamId, long version, EventData e, DateTimeOffset now, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(sequence, NpgsqlDbType.Bigint, ct);
        await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(streamId, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(version, NpgsqlDbType.Bigint, ct);
        await copy.WriteAsync(e.Data, NpgsqlDbType.Jsonb, ct);
        await copy.WriteAsync(e.Type, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        await copy.WriteAsync(DefaultTenant, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(CarrierType, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(false, NpgsqlDbType.Boolean, ct);
        await WriteOrNullAsync(copy, e.Metadata.CorrelationId, ct);
        await WriteOrNullAsync(copy, e.Metadata.CausationId, ct);
        // Marten's bulk insert leaves the headers of an event without any NULL (its appends write JSON null).
        if (e.Metadata.TraceId is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(Headers(e.Metadata.TraceId), NpgsqlDbType.Jsonb, ct);
        }

        await WriteOrNullAsync(copy, e.Metadata.Actor, ct);
    }

    private static async Task WriteOrNullAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);
        }
    }
}
