namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>The store's SQL, schema-qualified once at start-up.</summary>
internal sealed class PostgresSql(string s)
{
    private const string EventColumns = "id, stream_id, version, type, data::text, metadata::text, created_at, tx_id, seq";

    private readonly string[] _appends = BuildAppends(s);

    /// <summary>The append statement for an expected version (see <see cref="ExpectedVersion"/>) and batch size.</summary>
    public string Append(long expectedVersion, bool single) => _appends[(expectedVersion switch
    {
        ExpectedVersion.NoStream => 0,
        ExpectedVersion.Any => 2,
        _ => 4,
    }) + (single ? 0 : 1)];

    // The stream row is the fence: each claim takes the versions only if the stream is where the writer expects
    // it, and the events insert reads from that claim, so a writer that lost the race inserts nothing.
    private static string[] BuildAppends(string s)
    {
        string[] claims =
        [
            $"INSERT INTO {s}.streams (stream_id, version) VALUES (@stream, @count) ON CONFLICT (stream_id) DO NOTHING RETURNING version",
            $"""
            INSERT INTO {s}.streams AS st (stream_id, version) VALUES (@stream, @count)
            ON CONFLICT (stream_id) DO UPDATE SET version = st.version + @count, updated_at = now() RETURNING st.version
            """,
            $"UPDATE {s}.streams SET version = version + @count, updated_at = now() WHERE stream_id = @stream AND version = @expected RETURNING version",
        ];
        return [.. claims.SelectMany(claim => new[]
        {
            // One event, the common case of a grain command: plain parameters, no arrays to unpack.
            $"""
            WITH claim AS ({claim})
            INSERT INTO {s}.events (id, stream_id, version, type, data, metadata)
            SELECT @id, @stream, claim.version, @type, @data::jsonb, @meta::jsonb FROM claim
            RETURNING version, tx_id, seq
            """,
            $"""
            WITH claim AS ({claim})
            INSERT INTO {s}.events (id, stream_id, version, type, data, metadata)
            SELECT e.id, @stream, claim.version - @count + e.n, e.type, e.data, e.metadata
            FROM claim, unnest(@ids, @types, @datas, @metas) WITH ORDINALITY AS e(id, type, data, metadata, n)
            RETURNING version, tx_id, seq
            """,
        })];
    }

    // COLLATE "C" so the prefix range matches ordinal order whatever the database's collation.
    public string StreamIds { get; } = $"SELECT stream_id FROM {s}.streams WHERE stream_id COLLATE \"C\" >= @prefix AND left(stream_id, length(@prefix)) = @prefix ORDER BY stream_id COLLATE \"C\"";

    public string StreamVersion { get; } = $"SELECT coalesce((SELECT version FROM {s}.streams WHERE stream_id = @stream), 0)";

    public string ReadStream(bool backward) => $"""
        SELECT {EventColumns} FROM {s}.events
        WHERE stream_id = @stream AND version BETWEEN @from AND @to AND (@asof::timestamptz IS NULL OR created_at <= @asof)
        ORDER BY version {(backward ? "DESC" : "ASC")} LIMIT @max
        """;

    // Only transactions below the snapshot's xmin are certainly finished, so nothing can still commit in front
    // of what this returns: a reader that resumes after the last row never skips a late commit.
    public string ReadAll(bool byCategory) => $"""
        SELECT {EventColumns} FROM {s}.events
        WHERE (tx_id, seq) > (@tx, @seq) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
        {(byCategory ? "AND category = @category" : "")}
        ORDER BY tx_id, seq LIMIT @max
        """;

    // A subscription's look ahead: the same rows in the same order, each with whether it lies below the horizon, and
    // one row more than it takes. The rows below the horizon come first (the order is by transaction id); the first row
    // beyond it tells the reader that commits are waiting for an older transaction, in the same round trip.
    public string ReadAhead(bool byCategory) => $"""
        SELECT {EventColumns}, tx_id < pg_snapshot_xmin(pg_current_snapshot()) FROM {s}.events
        WHERE (tx_id, seq) > (@tx, @seq)
        {(byCategory ? "AND category = @category" : "")}
        ORDER BY tx_id, seq LIMIT @max
        """;

    public string SaveSnapshot { get; } = $"""
        INSERT INTO {s}.snapshots (stream_id, version, type, data) VALUES (@stream, @version, @type, @data::jsonb)
        ON CONFLICT (stream_id, version) DO UPDATE SET type = excluded.type, data = excluded.data, created_at = now()
        """;

    public string LoadSnapshot { get; } = $"""
        SELECT stream_id, version, type, data::text FROM {s}.snapshots
        WHERE stream_id = @stream AND version <= @max ORDER BY version DESC LIMIT 1
        """;

    public string ExistingStreams { get; } = $"SELECT stream_id FROM {s}.streams WHERE stream_id = ANY(@streams)";

    public string FirstExistingStream { get; } = $"SELECT stream_id FROM {s}.streams WHERE stream_id = ANY(@streams) LIMIT 1";

    public string CopyStreams { get; } = $"COPY {s}.streams (stream_id, version) FROM STDIN (FORMAT BINARY)";

    public string CopyEvents { get; } = $"COPY {s}.events (id, stream_id, version, type, data, metadata) FROM STDIN (FORMAT BINARY)";
}
