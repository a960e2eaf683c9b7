using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// The event store on PostgreSQL, modelled on Marten's: one row per event, a row per stream as the concurrency
/// fence, and a global order by (writing transaction id, sequence) that never skips a late commit.
/// </summary>
public sealed partial class PostgresEventStore : IEventStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresEventStoreOptions _options;
    private readonly PostgresSql _sql;
    private readonly PostgresNotificationListener _listener;
    private readonly NpgsqlDataSource _listenerSource;
    private readonly PostgresCommitNotifier _notifier;

    /// <summary>Creates the store; call <see cref="InitializeAsync"/> once before use.</summary>
    public PostgresEventStore(PostgresEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _dataSource = NpgsqlDataSource.Create(WithStatementPreparation(options.ConnectionString));
        _sql = new PostgresSql(options.Schema);
        _listenerSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        var instance = CommitNotification.NewInstance();
        _listener = new PostgresNotificationListener(_listenerSource, options.Channel, instance);
        _notifier = new PostgresCommitNotifier(_dataSource, options.Channel, instance);
        Reads = new SharedReads(ReadAheadAsync);
    }

    /// <summary>The subscriptions' reads, shared between subscriptions of a category at the same position.</summary>
    internal SharedReads Reads { get; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken ct = default) => PostgresSchema.MigrateAsync(_dataSource, _options.Schema, ct);

    /// <inheritdoc />
    public async Task CheckHealthAsync(CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(ct);
    }

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        AppendGuard.Validate(streamId, expectedVersion, events);
        await using var command = _dataSource.CreateCommand(_sql.Append(expectedVersion, events.Count == 1));
        AddAppendParameters(command.Parameters, streamId, expectedVersion, events);
        try
        {
            long version = 0;
            var last = GlobalPosition.Start;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var position = new GlobalPosition(reader.GetFieldValue<ulong>(1), reader.GetInt64(2));
                    (version, last) = (Math.Max(version, reader.GetInt64(0)), position > last ? position : last);
                }
            }

            if (version == 0)
            {
                throw new ConcurrencyException(streamId, expectedVersion, await GetStreamVersionAsync(streamId, ct));
            }

            Committed([StreamIds.CategoryOf(streamId)]);
            return new AppendResult(version, last);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConcurrencyException(streamId, expectedVersion, await GetStreamVersionAsync(streamId, ct));
        }
        catch (Exception e) when (e is not (ConcurrencyException or PostgresException))
        {
            // Cancelled or cut off after the statement was sent: it may have committed. A wake-up too many costs a read.
            Committed([StreamIds.CategoryOf(streamId)]);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default)
    {
        AppendGuard.ValidateBulk(streams);
        var categories = streams.Select(s => StreamIds.CategoryOf(s.StreamId)).ToHashSet(StringComparer.Ordinal);
        try
        {
            var result = await PostgresBulkAppender.AppendAsync(_dataSource, _sql, streams, ct);
            Committed(categories);
            return result;
        }
        catch (Exception e) when (e is not (ConcurrencyException or PostgresException or ArgumentException))
        {
            // Cancelled or cut off while committing: it may have committed.
            Committed(categories);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        await using var command = _dataSource.CreateCommand(_sql.ExistingStreams);
        command.Parameters.AddWithValue("streams", streamIds.ToArray());
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            existing.Add(reader.GetString(0));
        }

        return existing;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var command = _dataSource.CreateCommand(_sql.StreamIds);
        command.Parameters.AddWithValue("prefix", prefix);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return reader.GetString(0);
        }
    }

    /// <inheritdoc />
    public async Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(_sql.StreamVersion);
        command.Parameters.AddWithValue("stream", streamId);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        options ??= new ReadStreamOptions();
        AppendGuard.ValidateCount(options.MaxCount, nameof(options.MaxCount));
        await using var command = _dataSource.CreateCommand(_sql.ReadStream(options.Direction == ReadDirection.Backward));
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("from", options.FromVersion);
        command.Parameters.AddWithValue("to", options.ToVersion);
        command.Parameters.Add(new NpgsqlParameter("asof", NpgsqlDbType.TimestampTz) { Value = (object?)options.AsOf?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.AddWithValue("max", (long)options.MaxCount);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return EventReader.Read(reader);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadAllOptions options, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        AppendGuard.ValidateCount(options.MaxCount, nameof(options.MaxCount));
        foreach (var e in await ReadPageAsync(options.After ?? GlobalPosition.Start, options.Category, options.MaxCount, ct))
        {
            yield return e;
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredEvent> SubscribeAsync(SubscriptionOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        AppendGuard.ValidateCount(options.BatchSize, nameof(options.BatchSize));
        return new PostgresSubscription(this, _listener, _options.FallbackPollInterval).RunAsync(options, ct);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _notifier.DisposeAsync();
        await _listener.DisposeAsync();
        await _listenerSource.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    // After a commit: this store's subscriptions are woken at once, other stores by a notification.
    private void Committed(IReadOnlyCollection<string> categories)
    {
        _listener.Committed(categories);
        _notifier.Post(categories);
    }

    // The store runs a handful of statements millions of times: let Npgsql prepare them (server-side plans), unless
    // the connection string says otherwise.
    private static string WithStatementPreparation(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
            builder.AutoPrepareMinUsages = 2;
        }

        // The store never leaves session state on a pooled connection (LISTEN has a connection of its own), so
        // the reset round of statements on every return to the pool is pure cost.
        builder.NoResetOnClose = true;

        return builder.ConnectionString;
    }

    internal async Task<List<StoredEvent>> ReadPageAsync(GlobalPosition after, string? category, int max, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(_sql.ReadAll(category is not null));
        AddPositionParameters(command.Parameters, after, category);
        command.Parameters.AddWithValue("max", (long)max);
        var page = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            page.Add(EventReader.Read(reader));
        }

        return page;
    }

    // The next page below the readable horizon (at most max events) and whether committed events already lie beyond
    // it, waiting for an older transaction to end: then a reader should look again soon instead of waiting for the
    // next notification of its category.
    internal async Task<(List<StoredEvent> Page, bool Pending)> ReadAheadAsync(GlobalPosition after, string? category, int max, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(_sql.ReadAhead(category is not null));
        AddPositionParameters(command.Parameters, after, category);
        command.Parameters.AddWithValue("max", (long)max + 1);
        var page = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!reader.GetBoolean(9))
            {
                return (page, true);
            }

            if (page.Count == max)
            {
                return (page, false);
            }

            page.Add(EventReader.Read(reader));
        }

        return (page, false);
    }

    private static void AddPositionParameters(NpgsqlParameterCollection parameters, GlobalPosition after, string? category)
    {
        parameters.Add(new NpgsqlParameter("tx", NpgsqlDbType.Xid8) { Value = after.TransactionId });
        parameters.AddWithValue("seq", after.Sequence);
        if (category is not null)
        {
            parameters.AddWithValue("category", category);
        }
    }

    private static void AddAppendParameters(NpgsqlParameterCollection parameters, string streamId, long expectedVersion, IReadOnlyList<EventData> events)
    {
        parameters.AddWithValue("stream", streamId);
        parameters.AddWithValue("count", (long)events.Count);
        parameters.AddWithValue("expected", expectedVersion);
        if (events.Count == 1)
        {
            parameters.AddWithValue("id", events[0].Id);
            parameters.AddWithValue("type", events[0].Type);
            parameters.AddWithValue("data", events[0].Data);
            parameters.AddWithValue("meta", MetadataJson.Write(events[0].Metadata));
            return;
        }

        var ids = new Guid[events.Count];
        var types = new string[events.Count];
        var datas = new string[events.Count];
        var metas = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            (ids[i], types[i], datas[i], metas[i]) = (events[i].Id, events[i].Type, events[i].Data, MetadataJson.Write(events[i].Metadata));
        }

        parameters.AddWithValue("ids", ids);
        parameters.AddWithValue("types", types);
        parameters.Add(new NpgsqlParameter("datas", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = datas });
        parameters.Add(new NpgsqlParameter("metas", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = metas });
    }
}
