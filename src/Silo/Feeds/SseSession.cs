using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// One open SSE stream: messages from a <see cref="FeedHub"/> subscription, written in batches with one flush each
/// (recorded when the subscriber is sampled), watched by the <see cref="FeedStreamWatch"/>, which ends the stream on a
/// revocation and sends heartbeat comments. A stream that falls more than <see cref="FeedOptions.MaxLag"/> behind ends
/// with a <c>lagging</c> event naming the token to resume after (the <c>Last-Event-ID</c> a client sends anyway).
/// </summary>
internal sealed class SseSession(
    FeedHub hub, FeedDeliveryRecorder recorder, FeedAccess access, FeedStreamWatch watcher, FeedEmbargo embargo, FeedOptions options,
    TimeProvider time, IHostApplicationLifetime lifetime)
{
    public async Task RunAsync(HttpResponse response, FeedConsumer consumer, FeedStreamId stream, FeedStart start, CancellationToken aborted)
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
        using var subscription = hub.Subscribe(consumer, stream, start);
        if (subscription.LiveStart is { } edge)
        {
            // A stream opened at the live edge names where it starts, so a client that drops before its first message
            // resumes from there (EventSource keeps the id as its Last-Event-ID) instead of from a later edge.
            await writer.StartAsync(edge.ToToken(), aborted);
        }

        using var sample = recorder.Join(consumer, "sse");
        // Disposed before the writer (declared after it): a heartbeat in flight finishes first.
        await using var watched = watcher.Watch(consumer, ct => writer.CommentAsync("heartbeat", ct), stop);
        try
        {
            var lag = new FeedLag(embargo, consumer.Tier, options.MaxLag);
            var end = await FeedPump.RunAsync(subscription, consumer, access, sample, watched, lag, time, writer.MessagesAsync, stop.Token);
            if (end.Lagging)
            {
                await writer.LaggingAsync(end.LastToken, options.MaxLag, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Client gone, key revoked or silo stopping: the stream ends.
        }
        finally
        {
            await stop.CancelAsync();
        }

        if (lifetime.ApplicationStopping.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            await SayStoppingAsync(writer);
        }
    }

    // A short, bounded last word: the silo is stopping and the client may be gone or slow.
    private static async Task SayStoppingAsync(SseWriter writer)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await writer.StoppingAsync(bound.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // Nobody to tell.
        }
    }
}
