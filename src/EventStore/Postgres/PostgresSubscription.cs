using System.Runtime.CompilerServices;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// A catch-up subscription: pages through history after a position, then waits for the commit notification
/// (with a slow fallback poll). When commits exist beyond the readable horizon (an older transaction is still
/// open), it looks again at the next commit notification (the older transaction's own commit, usually) or after a
/// short, growing pause, whichever comes first, instead of waiting for a notification that may never come. Progress
/// resets the pause: under a steady stream of commits there are nearly always some beyond the horizon, and a pause
/// grown to its maximum would hold every reader back by that much.
/// </summary>
internal sealed class PostgresSubscription(PostgresEventStore store, PostgresNotificationListener listener, TimeSpan fallbackPoll)
{
    private static readonly TimeSpan _firstRetry = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan _maxRetry = TimeSpan.FromMilliseconds(200);

    public async IAsyncEnumerable<StoredEvent> RunAsync(SubscriptionOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        listener.EnsureStarted();
        var position = options.After ?? GlobalPosition.Start;
        var retry = _firstRetry;
        var own = listener.SignalFor(options.Category);
        while (true)
        {
            // Waiting for new events of the category, its own commits are what matters; waiting for the read horizon,
            // any commit may be the one that moves it.
            var (generation, anyGeneration) = (own.Generation, listener.Signal.Generation);
            var (page, pending) = await store.Reads.ReadAsync(position, options.Category, options.BatchSize, (generation, anyGeneration), ct);
            foreach (var e in page)
            {
                yield return e;
                position = e.Position;
            }

            if (page.Count == options.BatchSize)
            {
                continue;
            }

            if (page.Count > 0)
            {
                retry = _firstRetry;
            }

            if (pending)
            {
                await listener.Signal.WaitAsync(anyGeneration, retry, ct);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, _maxRetry.Ticks));
                continue;
            }

            retry = _firstRetry;
            await own.WaitAsync(generation, fallbackPoll, ct);
        }
    }
}
