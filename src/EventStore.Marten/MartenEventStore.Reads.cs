using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.EventStore.Marten;

// Reads select Marten's mt_events columns directly: Marten's own readers map `type` to a CLR type and would report the
// carrier's name, not the stored one, and the global reads stop at the readable bound.
public sealed partial class MartenEventStore
{
    // A category is the stream id up to its first '-': the stream "session" itself or any "session-…".
    private static string CategoryFilter(string? category, int parameter) =>
        category is null ? "" : $"AND (stream_id = ${parameter} OR starts_with(stream_id, ${parameter} || '-')) ";

    private const string Columns =
        "seq_id, id, stream_id, version, type, data, timestamp, correlation_id, causation_id, user_name, headers ->> 'traceId'";

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        options ??= new ReadStreamOptions();
        AppendGuard.ValidateCount(options.MaxCount, nameof(options.MaxCount));
        var order = options.Direction == ReadDirection.Forward ? "ASC" : "DESC";
        await using var command = _dataSource.CreateCommand(
            $"SELECT {Columns} FROM {_schema}.mt_events WHERE stream_id = $1 AND version BETWEEN $2 AND $3 "
            + $"AND ($4::timestamptz IS NULL OR timestamp <= $4) AND NOT is_archived ORDER BY version {order} LIMIT $5");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = options.FromVersion });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = options.ToVersion });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)options.AsOf ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.MaxCount });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return Read(reader);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        AppendGuard.ValidateCount(options.MaxCount, nameof(options.MaxCount));
        var after = MartenPositions.SequenceOf(options.After, nameof(options));
        var bound = await _readable.RefreshAsync(ct);
        foreach (var e in await ReadPageAsync(after, bound, options.Category, options.MaxCount, ct))
        {
            yield return e;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        AppendGuard.ValidateCount(options.BatchSize, nameof(options.BatchSize));
        var after = MartenPositions.SequenceOf(options.After, nameof(options));
        var signal = _readable.SignalFor(options.Category);
        _readable.Follow();
        PageRead? ahead = null;
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var read = ahead ?? ReadPage(after, signal, options, ct);
                ahead = null;
                var page = await read.Page;
                if (page.Count == options.BatchSize)
                {
                    // Behind: the next page is read while the caller applies this one (a follower far behind, e.g. a read
                    // model following an import, then uses both the database and its own core). It reads after this
                    // page's last sequence, up to a bound read now, so it is exactly the page a read after this one gives.
                    ahead = ReadPage(page[^1].Position.Sequence, signal, options, ct);
                }

                foreach (var e in page)
                {
                    yield return e;
                    after = e.Position.Sequence;
                }

                if (page.Count < options.BatchSize)
                {
                    // Caught up to the bound: the next read is worth it once the bound moved past events of this category.
                    after = Math.Max(after, read.Bound);
                    await signal.WaitAsync(read.Seen, _options.FallbackPollInterval, ct);
                }
            }
        }
        finally
        {
            if (ahead is not null)
            {
                // A caller that stops early leaves no read running on a pooled connection.
                await ((Task)ahead.Page).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // The signal's generation is taken before the bound, so a commit after the read still wakes the follower.
    private PageRead ReadPage(long after, CommitSignal signal, SubscriptionOptions options, CancellationToken ct)
    {
        var seen = signal.Generation;
        var bound = _readable.Bound;
        return new PageRead(seen, bound, bound > after ? ReadPageAsync(after, bound, options.Category, options.BatchSize, ct) : Task.FromResult(new List<StoredEvent>()));
    }

    private sealed record PageRead(long Seen, long Bound, Task<List<StoredEvent>> Page);

    /// <summary>How many events of <paramref name="category"/> (every event when null) lie after <paramref name="after"/>, up to the visible bound.</summary>
    public async Task<long> CountEventsAsync(string? category, GlobalPosition after, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT count(*) FROM {_schema}.mt_events WHERE seq_id > $1 AND seq_id <= $2 {CategoryFilter(category, 3)}");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = MartenPositions.SequenceOf(after, nameof(after)) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = await _readable.RefreshAsync(ct) });
        if (category is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = category });
        }

        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc />
    public async Task<GlobalPosition> GetLastPositionAsync(string? category = null, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT seq_id FROM {_schema}.mt_events WHERE seq_id <= $1 {CategoryFilter(category, 2)}ORDER BY seq_id DESC LIMIT 1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = await _readable.RefreshAsync(ct) });
        if (category is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = category });
        }

        return await command.ExecuteScalarAsync(ct) is long sequence ? MartenPositions.From(sequence) : GlobalPosition.Start;
    }

    // Only events at or below the readable bound (ReadableTail): below it every sequence is committed or known dead, so
    // a reader that resumes after the last sequence it saw never skips a transaction that commits late.
    private async Task<List<StoredEvent>> ReadPageAsync(long after, long bound, string? category, int max, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {Columns} FROM {_schema}.mt_events WHERE seq_id > $1 AND seq_id <= $2 {CategoryFilter(category, 4)}ORDER BY seq_id LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = bound });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        if (category is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = category });
        }

        var page = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            page.Add(Read(reader));
        }

        return page;
    }

    private static StoredEvent Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.GetString(4),
        reader.GetString(5),
        new EventMetadata(
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9),
            reader.IsDBNull(10) ? null : reader.GetString(10)),
        reader.GetFieldValue<DateTimeOffset>(6),
        MartenPositions.From(reader.GetInt64(0)));
}
