using Npgsql;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// The commit signals of a store's subscriptions. The store's own commits signal them at once (<see cref="Committed"/>);
/// other stores' commits arrive as notifications (<see cref="CommitNotification"/>) on one LISTEN connection, started by
/// the first subscription. After a lost connection it reconnects and signals once, so that subscribers read whatever
/// they might have missed meanwhile.
/// </summary>
internal sealed class PostgresNotificationListener(NpgsqlDataSource dataSource, string channel, string instance) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task? _loop;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CommitSignal> _categories = new(StringComparer.Ordinal);

    /// <summary>Signalled on every commit.</summary>
    public CommitSignal Signal { get; } = new();

    /// <summary>Signalled on a commit that wrote events of <paramref name="category"/> (and whenever the categories are unknown).</summary>
    public CommitSignal SignalFor(string? category) => category is null ? Signal : _categories.GetOrAdd(category, _ => new CommitSignal());

    public void EnsureStarted()
    {
        lock (_gate)
        {
            _loop ??= Task.Run(() => ListenLoop(_stop.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task ListenLoop(CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => Notify(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                SignalAll();
                delay = TimeSpan.FromMilliseconds(100);
                while (true)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // Whatever broke the connection, listen again after a pause; meanwhile subscriptions fall back to
                // polling, and the signal after reconnecting makes them read what they missed.
                await Task.Delay(delay, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Signals the subscriptions of this store's categories after its own commit.</summary>
    public void Committed(IEnumerable<string> categories)
    {
        foreach (var category in categories)
        {
            if (_categories.TryGetValue(category, out var signal))
            {
                signal.Notify();
            }
        }

        Signal.Notify();
    }

    // Another store's commit (this store's own were signalled when they committed); no categories wakes all.
    private void Notify(string payload)
    {
        var (sender, categories) = CommitNotification.Parse(payload);
        if (sender == instance)
        {
            return;
        }

        if (categories.Length == 0)
        {
            SignalAll();
        }
        else
        {
            Committed(categories);
        }
    }

    private void SignalAll()
    {
        foreach (var signal in _categories.Values)
        {
            signal.Notify();
        }

        Signal.Notify();
    }
}
