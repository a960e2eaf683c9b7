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
    private readonly CommitSignal _highWater = new();
    private readonly CommitWakeup _commits = new();
    private IProjectionDaemon? _daemon;
    private IDisposable? _highWaterSubscription;

    /// <summary>Creates the store; call <see cref="InitializeAsync"/> before use.</summary>
    public MartenEventStore(MartenEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _schema = options.Schema;
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString) { NoResetOnClose = options.NoResetOnClose };
        _dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
        _store = new DocumentStore(Configure(options, _dataSource, _commits));
    }

    /// <summary>The underlying Marten store, for projections and tools that use Marten directly.</summary>
    public IDocumentStore DocumentStore => _store;

    private static StoreOptions Configure(MartenEventStoreOptions options, NpgsqlDataSource dataSource, CommitWakeup commits)
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
        opts.Projections.SlowPollingTime = options.SlowPolling;
        if (!options.ListenNotifyForAppends)
        {
            opts.Projections.Wakeup = commits;
        }

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
            _highWaterSubscription = _daemon.Tracker.Subscribe(new HighWaterObserver(_highWater));
            await _daemon.StartAllAsync();
        }
    }

    /// <summary>
    /// Waits until the high-water mark has reached every event stored when the call began, so that followers can read
    /// them all. False when <paramref name="timeout"/> passes first: a transaction that holds a gap open is still alive.
    /// </summary>
    public async Task<bool> WaitForHighWaterAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        await using var last = _dataSource.CreateCommand($"SELECT coalesce(max(seq_id), 0) FROM {_schema}.mt_events");
        var target = (long)(await last.ExecuteScalarAsync(ct))!;
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var seen = _highWater.Generation;
            await using var mark = _dataSource.CreateCommand($"SELECT {HighWaterMark}");
            if ((long)(await mark.ExecuteScalarAsync(ct))! >= target)
            {
                return true;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return false;
            }

            await _highWater.WaitAsync(seen, TimeSpan.FromMilliseconds(100), ct);
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
        // sequence number, tried again when another writer got there first.
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetStreamVersionAsync(streamId, ct);
            try
            {
                return await AppendAtAsync(streamId, current, events, ct);
            }
            catch (ConcurrencyException) when (attempt < MaxAnyVersionAttempts)
            {
            }
        }
    }

    private async Task<AppendResult> AppendAtAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        await using var session = _store.LightweightSession();
        // Marten's expected version is the stream's version after the append.
        var action = session.Events.Append(streamId, expectedVersion + events.Count, [.. events.Select(e => (object)new JsonPayload(e.Data))]);
        Stamp(action.Events, events);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (MartenConflicts.IsConflict(e))
        {
            throw new ConcurrencyException(streamId, expectedVersion, await GetStreamVersionAsync(streamId, ct));
        }

        _commits.Notify();
        var last = action.Events[^1];
        return new AppendResult(last.Version, MartenPositions.From(last.Sequence));
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
        _highWaterSubscription?.Dispose();
        if (_daemon is not null)
        {
            await _daemon.StopAllAsync();
            _daemon.Dispose();
        }

        await _store.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    // Marten takes the stored type name from the CLR type; the port's events all share one CLR carrier, so each
    // event gets its own name here, after Append and before SaveChanges (the appender writes EventTypeName as is).
    private static void Stamp(IReadOnlyList<IEvent> stored, IReadOnlyList<EventData> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var (target, source) = (stored[i], events[i]);
            target.Id = source.Id;
            target.EventTypeName = source.Type;
            target.CorrelationId = source.Metadata.CorrelationId;
            target.CausationId = source.Metadata.CausationId;
            target.UserName = source.Metadata.Actor;
            if (source.Metadata.TraceId is { } traceId)
            {
                target.SetHeader(TraceIdHeader, traceId);
            }
        }
    }

    private sealed class HighWaterObserver(CommitSignal signal) : IObserver<ShardState>
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
                signal.Notify();
            }
        }
    }
}
