using Npgsql;
using Olympics.Orleans.EventStore.Telemetry;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// Tells other stores on the same database (other silos, the tools) which categories this store has written, after
/// the commit and outside the writing transaction. A NOTIFY sent inside the append (as a trigger did) takes
/// PostgreSQL's notification lock at commit and holds it through the commit's WAL flush, so every appending
/// transaction of the database committed one after the other; a notification sent on its own writes no WAL and holds
/// that lock for a moment. One notification is in flight at a time: categories written meanwhile go in the next one,
/// so a burst of appends costs a few notifications, not one each. A notification that fails is sent again after a
/// pause (readers also poll, so a lost one costs delay, not events); a stopping store sends what is pending first,
/// for a moment at most.
/// </summary>
internal sealed class PostgresCommitNotifier(NpgsqlDataSource dataSource, string channel, string instance) : IAsyncDisposable
{
    // NOTIFY payloads must stay under 8,000 bytes; a longer list is sent as "all categories".
    private const int MaxPayload = 7900;
    private static readonly TimeSpan _retry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan _drainOnStop = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private Task _sending = Task.CompletedTask;
    private bool _active;
    private bool _disposed;

    /// <summary>Queues the categories for the next notification.</summary>
    public void Post(IEnumerable<string> categories)
    {
        lock (_gate)
        {
            _pending.UnionWith(categories);
            if (_active || _disposed || _pending.Count == 0)
            {
                return;
            }

            _active = true;
            // The loop outlives the append that starts it: it takes none of that append's context along.
            using (ExecutionContext.SuppressFlow())
            {
                _sending = Task.Run(SendAsync);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task sending;
        lock (_gate)
        {
            _disposed = true;
            sending = _sending;
        }

        // What is pending goes out if the database answers at once; a store that cannot reach it does not wait for it.
        await sending.WaitAsync(_drainOnStop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _stop.CancelAsync();
        await sending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task SendAsync()
    {
        while (true)
        {
            string[] categories;
            lock (_gate)
            {
                if (_pending.Count == 0 || _stop.IsCancellationRequested)
                {
                    _active = false;
                    return;
                }

                categories = [.. _pending];
                _pending.Clear();
            }

            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
                command.Parameters.AddWithValue("channel", channel);
                command.Parameters.AddWithValue("payload", CommitNotification.Format(instance, categories, MaxPayload));
                await command.ExecuteNonQueryAsync(_stop.Token);
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                // Sent again with whatever comes meanwhile, after a pause (the database may be failing over).
                EventStoreTelemetry.NotificationsFailed.Add(1);
                lock (_gate)
                {
                    _pending.UnionWith(categories);
                }

                await Task.Delay(_retry, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                // Disposed.
            }
        }
    }
}
