using Npgsql;
using Olympics.Orleans.Grains.Processes;

namespace Olympics.Orleans.Silo.Hosting.Clustering;

/// <summary>
/// Leases on the cluster's processes in PostgreSQL (table <c>process_lease</c>, one row per process and cluster): the
/// holder renews its lease every second and it lapses <see cref="Term"/> after the last renewal, so a silo that dies,
/// freezes or loses the database is replaced within seconds, and PostgreSQL's clock alone decides.
/// </summary>
internal sealed partial class PostgresProcessLeadership(StoreSettings store, ClusterSettings cluster, ILogger<PostgresProcessLeadership> logger)
    : IProcessLeadership, IAsyncDisposable
{
    /// <summary>How long a lease lasts after its last renewal.</summary>
    public static readonly TimeSpan Term = TimeSpan.FromSeconds(5);

    /// <summary>How often the holder renews and the others try to take it.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(store.ConnectionString)
    {
        ApplicationName = "olympics-process-lease",
        Timeout = 3,
        CommandTimeout = 3,
    }.ConnectionString);

    // This silo process, unique across restarts: a restarted silo waits out its predecessor's lease.
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<IProcessLease> AcquireAsync(string process, CancellationToken ct)
    {
        var key = $"{cluster.ClusterId}/{process}";
        while (true)
        {
            if (await TryTakeAsync(key, ct) == true)
            {
                return new Lease(this, key);
            }

            await Task.Delay(Renewal, ct);
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Takes or renews the lease: true when held, false when another holder's lease runs, null when the database did not answer.</summary>
    private async Task<bool?> TryTakeAsync(string key, CancellationToken ct)
    {
        try
        {
            await using var command = _dataSource.CreateCommand($"""
                insert into {store.Schema}.process_lease as l (process, holder, expires_at)
                values (@process, @holder, now() + @term)
                on conflict (process) do update set holder = excluded.holder, expires_at = excluded.expires_at
                where l.holder = excluded.holder or l.expires_at < now()
                returning l.holder
                """);
            command.Parameters.AddWithValue("process", key);
            command.Parameters.AddWithValue("holder", _holder);
            command.Parameters.AddWithValue("term", Term);
            return await command.ExecuteScalarAsync(ct) is string;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !ct.IsCancellationRequested)
        {
            LogUnreachable(logger, key, e.Message);
            return null;
        }
    }

    private async Task ReleaseAsync(string key)
    {
        try
        {
            await using var command = _dataSource.CreateCommand($"delete from {store.Schema}.process_lease where process = @process and holder = @holder");
            command.Parameters.AddWithValue("process", key);
            command.Parameters.AddWithValue("holder", _holder);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            LogUnreachable(logger, key, e.Message); // The lease lapses by itself.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease on {Process} could not be taken or renewed: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string process, string reason);

    /// <summary>A held lease: renewed every second; lost when a renewal is refused or none succeeded for a term.</summary>
    private sealed class Lease : IProcessLease
    {
        private readonly PostgresProcessLeadership _owner;
        private readonly string _key;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Lease(PostgresProcessLeadership owner, string key)
        {
            _owner = owner;
            _key = key;
            _renewing = RenewAsync(TimeProvider.System.GetTimestamp());
        }

        public CancellationToken Lost => _lost.Token;

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            if (!_lost.IsCancellationRequested)
            {
                await _owner.ReleaseAsync(_key);
            }

            _stop.Dispose();
            _lost.Dispose();
        }

        private async Task RenewAsync(long renewedAt)
        {
            // Gives up a little before the term ends, so two holders never run at once on the database's account.
            var safe = Term - Renewal;
            while (!_stop.IsCancellationRequested)
            {
                bool? held;
                try
                {
                    await Task.Delay(Renewal, _stop.Token);
                    held = await _owner.TryTakeAsync(_key, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                if (held == true)
                {
                    renewedAt = TimeProvider.System.GetTimestamp();
                }
                else if (held == false || TimeProvider.System.GetElapsedTime(renewedAt) >= safe)
                {
                    await _lost.CancelAsync();
                    return;
                }
            }
        }
    }
}
