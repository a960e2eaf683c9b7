using System.Net.WebSockets;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// Runs beside an open stream (SSE or WebSocket): ends it within <see cref="FeedOptions.RevocationCheckInterval"/> of
/// a revocation of its key, and sends a heartbeat every <see cref="FeedOptions.HeartbeatInterval"/>.
/// </summary>
internal sealed class FeedStreamWatch(FeedAccess access, FeedOptions options, TimeProvider time)
{
    /// <summary>Watches until <paramref name="stop"/> is cancelled; cancels it itself on a revocation or a failed heartbeat.</summary>
    public async Task RunAsync(FeedConsumer consumer, Func<CancellationToken, Task> heartbeat, CancellationTokenSource stop)
    {
        using var timer = new PeriodicTimer(options.RevocationCheckInterval, time);
        var lastHeartbeat = time.GetUtcNow();
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                if (access.IsRevoked(consumer))
                {
                    await stop.CancelAsync();
                    return;
                }

                if (time.GetUtcNow() - lastHeartbeat >= options.HeartbeatInterval)
                {
                    lastHeartbeat = time.GetUtcNow();
                    await heartbeat(stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
        catch (Exception e) when (e is IOException or WebSocketException)
        {
            // The client went away mid-heartbeat: end the stream.
            await stop.CancelAsync();
        }
    }
}
