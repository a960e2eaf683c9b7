using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// The baseline of the import: the rows an import stored (schema --from, read into memory first, not timed) written
/// again by a raw binary COPY into a fresh Marten schema, in the importer's batches (10,000 streams, two at a time),
/// each batch one transaction doing what Marten's BulkInsertEventsAsync does without Marten: reserve the batch's
/// sequence numbers, COPY mt_streams and COPY mt_events with the same columns. No CSV, no validation, no read model.
/// </summary>
internal static class ImportCopyBenchmark
{
    private const int Batch = 10_000;
    private const int Writers = 2;

    private static readonly (string Name, NpgsqlDbType Type)[] _streamColumns =
        [("id", NpgsqlDbType.Varchar), ("type", NpgsqlDbType.Varchar), ("version", NpgsqlDbType.Bigint), ("is_archived", NpgsqlDbType.Boolean)];

    // seq_id comes first and is taken from the target's sequence; the rest are read from the source.
    private static readonly (string Name, NpgsqlDbType Type)[] _eventColumns =
    [
        ("id", NpgsqlDbType.Uuid), ("stream_id", NpgsqlDbType.Varchar), ("version", NpgsqlDbType.Bigint), ("data", NpgsqlDbType.Jsonb),
        ("bdata", NpgsqlDbType.Bytea), ("type", NpgsqlDbType.Varchar), ("timestamp", NpgsqlDbType.TimestampTz), ("tenant_id", NpgsqlDbType.Varchar),
        ("mt_dotnet_type", NpgsqlDbType.Varchar), ("is_archived", NpgsqlDbType.Boolean), ("correlation_id", NpgsqlDbType.Varchar),
        ("causation_id", NpgsqlDbType.Varchar), ("headers", NpgsqlDbType.Jsonb), ("user_name", NpgsqlDbType.Varchar),
    ];

    public static async Task<int> RunAsync(BenchOptions options, string source)
    {
        // Marten creates the target's tables, sequence and functions, as for the import.
        await (await BenchHost.PostgresAsync(options.Schema)).DisposeAsync();
        await using var data = NpgsqlDataSource.Create(BenchOptions.ConnectionString);
        var streams = await ReadAsync(data, $"SELECT {Names(_streamColumns)} FROM {source}.mt_streams ORDER BY id", _streamColumns.Length);
        var events = (await ReadAsync(data, $"SELECT {Names(_eventColumns)} FROM {source}.mt_events ORDER BY stream_id", _eventColumns.Length))
            .ToDictionary(e => (string)e[1], StringComparer.Ordinal);
        var batches = streams.Chunk(Batch).ToList();
        Console.Error.WriteLine($"  [import-copy] {streams.Count:N0} streams and {events.Count:N0} events read from {source}; copying into {options.Schema}");

        var clock = Stopwatch.StartNew();
        long written = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (batch, ct) =>
        {
            await using var connection = await data.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var sequence = new List<long>(batch.Length);
            await using (var next = new NpgsqlCommand($"SELECT nextval('{options.Schema}.mt_events_sequence') FROM generate_series(1, $1)", connection))
            {
                next.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batch.Length });
                await using var reader = await next.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    sequence.Add(reader.GetInt64(0));
                }
            }

            await using (var copy = await connection.BeginBinaryImportAsync($"COPY {options.Schema}.mt_streams ({Names(_streamColumns)}) FROM STDIN BINARY", ct))
            {
                foreach (var row in batch)
                {
                    await WriteRowAsync(copy, row, _streamColumns, ct);
                }

                await copy.CompleteAsync(ct);
            }

            await using (var copy = await connection.BeginBinaryImportAsync($"COPY {options.Schema}.mt_events (seq_id, {Names(_eventColumns)}) FROM STDIN BINARY", ct))
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(sequence[i], NpgsqlDbType.Bigint, ct);
                    await WriteValuesAsync(copy, events[(string)batch[i][0]], _eventColumns, ct);
                }

                await copy.CompleteAsync(ct);
            }

            await transaction.CommitAsync(ct);
            var total = Interlocked.Add(ref written, batch.Length);
            if (total % (Batch * 10) == 0)
            {
                Console.Error.WriteLine($"  [import-copy] {total,9:N0} / {streams.Count:N0} events, {total / clock.Elapsed.TotalSeconds,9:N0} events/s");
            }
        });

        Console.WriteLine($"import-copy: {written:N0} one-event streams by raw binary COPY into mt_streams and mt_events, {Writers} writers, "
            + $"batches of {Batch:N0}: {clock.Elapsed.TotalSeconds:0.00} s, {written / clock.Elapsed.TotalSeconds:N0} events/s");
        return 0;
    }

    private static string Names((string Name, NpgsqlDbType Type)[] columns) => string.Join(", ", columns.Select(c => $"\"{c.Name}\""));

    private static async Task<List<object[]>> ReadAsync(NpgsqlDataSource data, string sql, int width)
    {
        var rows = new List<object[]>();
        await using var command = data.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object[width];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter copy, object[] row, (string Name, NpgsqlDbType Type)[] columns, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await WriteValuesAsync(copy, row, columns, ct);
    }

    private static async Task WriteValuesAsync(NpgsqlBinaryImporter copy, object[] row, (string Name, NpgsqlDbType Type)[] columns, CancellationToken ct)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            if (row[c] is DBNull)
            {
                await copy.WriteNullAsync(ct);
            }
            else
            {
                await copy.WriteAsync(row[c], columns[c].Type, ct);
            }
        }
    }
}
