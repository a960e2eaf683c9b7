using Npgsql;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// One LISTEN connection per store, started by the first subscription, that turns the trigger's NOTIFY into a
/// <see cref="CommitSignal"/>. After a lost connection it reconnects and signals once, so that subscribers read
/// whatever they might have missed meanwhile.
/// </summary>
internal sealed class PostgresNotificationListener(NpgsqlDataSource dataSource, string channel) : IAsyncDisposable
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

                Notify("");
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

    // The payload is the categories written, joined with '-' (no category holds one); empty (a store not yet migrated,
    // too many categories for one notification, or a reconnection) wakes all.
    private void Notify(string payload)
    {
        if (payload.Length == 0)
        {
            foreach (var signal in _categories.Values)
            {
                signal.Notify();
            }
        }
        else
        {
            foreach (var category in payload.Split('-'))
            {
                if (_categories.TryGetValue(category, out var signal))
                {
                    signal.Notify();
                }
            }
        }

        Signal.Notify();
    }
}
