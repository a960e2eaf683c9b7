using Npgsql;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// Tells other stores on the same database (other silos, the tools) which categories this store has written, after
/// the commit and outside the writing transaction. A NOTIFY sent inside the append (as a trigger did) takes
/// PostgreSQL's notification lock at commit and holds it through the commit's WAL flush, so every appending
/// transaction of the database committed one after the other; a notification sent on its own writes no WAL and holds
/// that lock for a moment. One notification is in flight at a time: categories written meanwhile go in the next one,
/// so a burst of appends costs a few notifications, not one each. A notification is a hint (readers also poll), so
/// one that fails is dropped.
/// </summary>
internal sealed class PostgresCommitNotifier(NpgsqlDataSource dataSource, string channel, string instance) : IAsyncDisposable
{
    // NOTIFY payloads must stay under 8,000 bytes; a longer list is sent as "all categories".
    private const int MaxPayload = 7900;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private Task _sending = Task.CompletedTask;
    private bool _active;

    /// <summary>Queues the categories for the next notification.</summary>
    public void Post(IEnumerable<string> categories)
    {
        lock (_gate)
        {
            _pending.UnionWith(categories);
            if (_active || _pending.Count == 0 || _stop.IsCancellationRequested)
            {
                return;
            }

            _active = true;
            _sending = Task.Run(SendAsync);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task sending;
        lock (_gate)
        {
            _stop.Cancel();
            sending = _sending;
        }

        await sending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task SendAsync()
    {
        while (true)
        {
            string payload;
            lock (_gate)
            {
                if (_pending.Count == 0 || _stop.IsCancellationRequested)
                {
                    _active = false;
                    return;
                }

                payload = CommitNotification.Format(instance, _pending, MaxPayload);
                _pending.Clear();
            }

            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
                command.Parameters.AddWithValue("channel", channel);
                command.Parameters.AddWithValue("payload", payload);
                await command.ExecuteNonQueryAsync(_stop.Token);
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                // The other stores' fallback poll (and their next notification) finds what this one would have told.
            }
            catch (OperationCanceledException)
            {
                // Disposed.
            }
        }
    }
}
