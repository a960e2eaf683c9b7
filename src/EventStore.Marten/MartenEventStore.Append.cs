using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.EventStore.Marten;

// An append is one autocommitted call of Marten's own append function, mt_quick_append_events, the statement a
// Marten session sends inside a transaction of its own: the function checks the expected version under the stream's
// row lock, takes the sequence numbers, writes mt_events and mt_streams, and is atomic as a single statement. Going
// straight to it saves the session's unit of work and the BEGIN and COMMIT round trips (docs/adr/0005). The rows are
// the ones Marten writes (MartenDirectAppendTests compares them column by column).
public sealed partial class MartenEventStore
{
    // Marten's names for the default tenant and the SQLSTATE its function raises on a version mismatch.
    private const string DefaultTenant = "*DEFAULT*";
    private const string VersionMismatch = "MT003";
    private static readonly string CarrierType = $"{typeof(JsonPayload).FullName}, {typeof(JsonPayload).Assembly.GetName().Name}";

    private string QuickAppendSql =>
        $"SELECT {_schema}.mt_quick_append_events($1, NULL, '{DefaultTenant}', $2, $3, $4, $5, NULL, $6, $7, $8, $9, "
        + "array_fill(now(), ARRAY[cardinality($2)]), $10)";

    private async Task<AppendResult> AppendAtAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(QuickAppendSql);
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId, NpgsqlDbType = NpgsqlDbType.Varchar });
        parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. events.Select(e => e.Id)] });
        parameters.Add(Varchars([.. events.Select(e => e.Type)]));
        parameters.Add(Varchars([.. events.Select(_ => CarrierType)]));
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.Data)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        parameters.Add(Varchars([.. events.Select(e => e.Metadata.CausationId)]));
        parameters.Add(Varchars([.. events.Select(e => e.Metadata.CorrelationId)]));
        parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. events.Select(e => Headers(e.Metadata.TraceId))], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        parameters.Add(Varchars([.. events.Select(e => e.Metadata.Actor)]));
        parameters.Add(new NpgsqlParameter<long> { TypedValue = expectedVersion });
        long[] result;
        try
        {
            result = (long[])(await command.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException e) when (e.SqlState is VersionMismatch or PostgresErrorCodes.UniqueViolation)
        {
            // A unique violation: another writer created the stream first (both saw no row to lock).
            throw new ConcurrencyException(streamId, expectedVersion, await GetStreamVersionAsync(streamId, ct));
        }

        _readable.Wake();
        if (_announced.Count > 0 && _announced.Contains(ReadableTail.CategoryOf(streamId)))
        {
            _announcer.Committed();
        }

        return new AppendResult(result[0], MartenPositions.From(result[^1]));
    }

    private static NpgsqlParameter<string?[]> Varchars(string?[] values) =>
        new() { TypedValue = values, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar };

    // Marten writes the headers as a JSON object, or JSON null when an event has none.
    private static string Headers(string? traceId) =>
        traceId is null ? "null" : JsonSerializer.Serialize(new Dictionary<string, string> { [TraceIdHeader] = traceId });
}
