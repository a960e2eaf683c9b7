using System.Collections.Concurrent;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// Watches every open stream of the silo (SSE or WebSocket) with one timer: ends a stream within
/// <see cref="FeedOptions.RevocationCheckInterval"/> of a revocation of its key, and sends a heartbeat to a stream
/// that has sent nothing for <see cref="FeedOptions.HeartbeatInterval"/>. One timer for all of them, not one per
/// stream: with thousands of streams, per-stream timers woke thousands of work items at once twice a second, and the
/// results they were sending waited behind them.
/// </summary>
internal sealed class FeedStreamWatch(Func<FeedConsumer, bool> isRevoked, FeedOptions options, TimeProvider time) : BackgroundService
{
    private readonly ConcurrentDictionary<WatchedStream, byte> _streams = new();

    /// <summary>The streams being watched.</summary>
    public int Count => _streams.Count;

    /// <summary>
    /// Watches a stream until the returned registration is disposed: <paramref name="stop"/> is cancelled on a
    /// revocation or a failed heartbeat. Report each write with <see cref="WatchedStream.Sent"/>.
    /// </summary>
    public WatchedStream Watch(FeedConsumer consumer, Func<CancellationToken, Task> heartbeat, CancellationTokenSource stop)
    {
        var stream = new WatchedStream(this, consumer, heartbeat, stop, time.GetUtcNow());
        _streams.TryAdd(stream, 0);
        return stream;
    }

    /// <summary>One look at every open stream: ends those whose key was revoked, beats those idle for a heartbeat interval.</summary>
    internal void Check(DateTimeOffset now)
    {
        foreach (var (stream, _) in _streams)
        {
            if (isRevoked(stream.Consumer))
            {
                stream.End();
            }
            else if (now - stream.LastSent >= options.HeartbeatInterval)
            {
                stream.Beat(now);
            }
        }
    }

    internal void Forget(WatchedStream stream) => _streams.TryRemove(stream, out _);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RevocationCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Check(time.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo is stopping; its streams end with it.
        }
    }
}
