using JasperFx;
using JasperFx.OpenTelemetry;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// <see cref="IEventStore"/> on Marten: streams keyed by string, the port's type names in mt_events.type, metadata in
/// Marten's columns, followers bounded by Marten's high-water mark so they never skip a late commit.
/// </summary>
public sealed partial class MartenEventStore : IEventStore, IAsyncDisposable
{
    private const string TraceIdHeader = "traceId";
    private const int MaxAnyVersionAttempts = 20;
    private readonly MartenEventStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly DocumentStore _store;
    private readonly string _schema;
    private readonly ReadableTail _readable;
    private readonly CommitAnnouncer _announcer;
    private readonly BulkStatistics _statistics;
    private readonly HashSet<string> _announced;
    private readonly GroupCommit? _groupCommit;
    private int _largestGroup;
    private long _groupsRetried;
    private IProjectionDaemon? _daemon;
    private IDisposable? _highWaterSubscription;

    /// <summary>Creates the store; call <see cref="InitializeAsync"/> before use.</summary>
    public MartenEventStore(MartenEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _schema = options.Schema;
        var connectionString = ConnectionStringFor(options);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _readable = new ReadableTail(_dataSource, _schema, options.FallbackPollInterval, connectionString);
        _announcer = new CommitAnnouncer(_dataSource, CommitAnnouncer.ChannelFor(_schema));
        _statistics = new BulkStatistics(_dataSource, _schema);
        _announced = new HashSet<string>(options.AnnouncedCategories, StringComparer.Ordinal);
        _store = new DocumentStore(Configure(options, _dataSource));
        if (options.MaxAppendsPerCommit > 1)
        {
            _groupCommit = new GroupCommit(CommitAsync, options.AppendWriters, options.MaxAppendsPerCommit);
        }
    }

    /// <summary>The most appends committed together in one transaction so far (group commit).</summary>
    internal int LargestGroup => Volatile.Read(ref _largestGroup);

    /// <summary>Groups rolled back because one append was refused, whose appends were then made alone.</summary>
    internal long GroupsRetried => Interlocked.Read(ref _groupsRetried);

    // The store's own Npgsql settings, where the connection string does not choose otherwise.
    internal static string ConnectionStringFor(MartenEventStoreOptions options)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString) { NoResetOnClose = options.NoResetOnClose };
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        if (!Given(given, "Max Auto Prepare"))
        {
            connection.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        // Imports COPY and followers read events by the hundred thousand: with Npgsql's 8 KB buffers each connection
        // flushed or refilled every dozen rows, and each time armed its timeout under a lock the connections share.
        if (!Given(given, "Read Buffer Size"))
        {
            connection.ReadBufferSize = BufferSize;
        }

        if (!Given(given, "Write Buffer Size"))
        {
            connection.WriteBufferSize = BufferSize;
        }

        return connection.ConnectionString;
    }

    /// <summary>Npgsql's read and write buffers per connection, unless the connection string sets them.</summary>
    internal const int BufferSize = 64 * 1024;

    private static bool Given(System.Data.Common.DbConnectionStringBuilder given, string key) =>
        given.ContainsKey(key) || given.ContainsKey(key.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>The underlying Marten store, for projections and tools that use Marten directly.</summary>
    public IDocumentStore DocumentStore => _store;

    private static StoreOptions Configure(MartenEventStoreOptions options, NpgsqlDataSource dataSource)
    {
        var opts = new StoreOptions();
        opts.Connection(dataSource);
        opts.DatabaseSchemaName = options.Schema;
        opts.Events.DatabaseSchemaName = options.Schema;
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        opts.Events.AddEventType<JsonPayload>();
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        // A second writer at the same expected version waits on the stream row, then fails the version check:
        // a clean conflict instead of a unique violation on (stream_id, version).
        opts.Events.UseExclusiveLockOnConcurrentAppends = true;
        opts.Events.UseListenNotifyForEventAppends = options.ListenNotifyForAppends;
        opts.Projections.FastPollingTime = options.FastPolling;
        // The agent polls; it is not woken per commit: readers no longer wait for it (they read the run of committed
        // sequences past the mark), it only has to move the mark past gaps that will never fill.
        opts.Projections.SlowPollingTime = options.SlowPolling;

        opts.OpenTelemetry.TrackConnections = TrackLevel.Normal;
        opts.OpenTelemetry.TrackEventCounters();
        opts.Schema.For<SnapshotDocument>().Index(x => x.StreamId);
        // The schema is created or migrated once, by InitializeAsync, not checked on every first use.
        opts.AutoCreateSchemaObjects = AutoCreate.None;
        return opts;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        if (_options.RunHighWaterAgent)
        {
            await StartHighWaterAgentAsync();
        }
    }

    /// <summary>
    /// Runs Marten's high-water agent in this process without creating or migrating anything: for a reader such as the
    /// replay tool, on a database whose silos may all be stopped, so that what was committed becomes readable.
    /// </summary>
    public async Task StartHighWaterAgentAsync()
    {
        if (_daemon is null)
        {
            _daemon = await _store.BuildProjectionDaemonAsync();
            _highWaterSubscription = _daemon.Tracker.Subscribe(new HighWaterObserver(_readable));
            await _daemon.StartAllAsync();
        }
    }

    /// <summary>
    /// Waits until every event stored when the call began is readable by followers (no open transaction holds a gap
    /// below it, or the high-water agent has declared such a gap dead). False when <paramref name="timeout"/> passes
    /// first: a transaction that holds a gap open is still alive, or no process runs the high-water agent.
    /// </summary>
    public async Task<bool> WaitForReadableAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        await using var last = _dataSource.CreateCommand($"SELECT coalesce(max(seq_id), 0) FROM {_schema}.mt_events");
        var target = (long)(await last.ExecuteScalarAsync(ct))!;
        var deadline = DateTimeOffset.UtcNow + timeout;
        var signal = _readable.SignalFor(null);
        while (true)
        {
            var seen = signal.Generation;
            if (await _readable.RefreshAsync(ct) >= target)
            {
                return true;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return false;
            }

            await signal.WaitAsync(seen, TimeSpan.FromMilliseconds(100), ct);
        }
    }

    // Weasel's apply is not safe against a second process applying the same changes at once (both create the same
    // index: 42P07), so the processes take turns under an advisory lock of the schema, the second one finding
    // nothing left to do.
    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext($1))", connection))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "olympics.marten." + _schema });
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
        }
        finally
        {
            // Explicitly: with No Reset On Close the pooled connection would keep a session lock.
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext($1))", connection);
            unlock.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "olympics.marten." + _schema });
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public async Task CheckHealthAsync(CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT 1 FROM {_schema}.mt_streams LIMIT 1");
        await command.ExecuteScalarAsync(ct);
    }

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        AppendGuard.Validate(streamId, expectedVersion, events);
        if (expectedVersion != ExpectedVersion.Any)
        {
            return await AppendAtAsync(streamId, expectedVersion, events, ct);
        }

        // Marten's append without an expected version reads the stream's version unlocked and takes sequence numbers
        // before its insert fails on (stream_id, version) when another writer won: a conflict for a caller that asked
        // for none, and a dead gap that holds every follower back until the high-water agent gives up on it. So "any"
        // is an append at the version just read, which Marten checks under the stream's row lock before it takes a
        // sequence number, tried again when another writer got there first. Alone, not in a group commit: such races
        // are expected here, and a refusal inside a group rolls back the others' appends, leaving gaps in the sequence.
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetStreamVersionAsync(streamId, ct);
            try
            {
                return await AppendAloneAsync(streamId, current, events, ct);
            }
            catch (ConcurrencyException) when (attempt < MaxAnyVersionAttempts)
            {
            }
        }
    }

    /// <inheritdoc />
    public async Task<long> GetStreamVersionAsync(string streamId, CancellationToken ct = default)
    {
        await using var session = _store.QuerySession();
        var state = await session.Events.FetchStreamStateAsync(streamId, ct);
        return state?.Version ?? 0;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_groupCommit is not null)
        {
            await _groupCommit.DisposeAsync();
        }

        _highWaterSubscription?.Dispose();
        await _readable.DisposeAsync();
        if (_daemon is not null)
        {
            await _daemon.StopAllAsync();
            _daemon.Dispose();
        }

        await _statistics.IdleAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _store.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    private sealed class HighWaterObserver(ReadableTail readable) : IObserver<ShardState>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(ShardState value)
        {
            if (value.ShardName == ShardState.HighWaterMark)
            {
                readable.Wake();
            }
        }
    }
}
