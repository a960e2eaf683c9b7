using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// One open SSE stream: messages from the reader, and beside them a watch that ends the stream within
/// <see cref="FeedOptions.RevocationCheckInterval"/> of a revocation and sends heartbeats while idle.
/// </summary>
internal sealed class SseSession(FeedReader reader, FeedAccess access, FeedOptions options, TimeProvider time, IHostApplicationLifetime lifetime)
{
    public async Task RunAsync(HttpResponse response, FeedConsumer consumer, FeedStart start, CancellationToken aborted)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(aborted);

        using var writer = new SseWriter(response);
        // A first line right away, so the client (and any proxy) sees the stream open before the first message.
        await writer.CommentAsync("open", aborted);
        // A stopping silo ends its streams at once (clients resume elsewhere by Last-Event-ID) instead of holding up shutdown.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        var watch = WatchAsync(writer, consumer, stop);
        try
        {
            await foreach (var message in reader.ReadAsync(consumer, start, stop.Token))
            {
                if (access.IsRevoked(consumer))
                {
                    break;
                }

                await writer.MessageAsync(message, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Client gone, key revoked or silo stopping: the stream ends.
        }
        finally
        {
            await stop.CancelAsync();
            await watch;
        }
    }

    private async Task WatchAsync(SseWriter writer, FeedConsumer consumer, CancellationTokenSource stop)
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
                    await writer.CommentAsync("heartbeat", stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
        catch (IOException)
        {
            // The client went away mid-heartbeat: end the stream.
            await stop.CancelAsync();
        }
    }
}
