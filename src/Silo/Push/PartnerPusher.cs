using System.Threading.Channels;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Push;

namespace Olympics.Orleans.Silo.Push;

/// <summary>
/// Pushes one partner's messages: follows the feed (tier, filter, embargo) from the partner's checkpoint, coalesces
/// pending versions of a document, and POSTs each message until the partner answers 200, then records the delivery.
/// The queue is the feed position, so a restart resumes after the last recorded delivery and loses nothing.
/// </summary>
internal sealed partial class PartnerPusher(
    PushPartner partner, PushOptions options, FeedReader reader, PushCheckpoint checkpoint, HttpClient http, TimeProvider time, ILogger logger)
{
    private const int ReadAhead = 1000;

    public async Task RunAsync(CancellationToken ct)
    {
        await checkpoint.LoadAsync(ct);
        var channel = Channel.CreateBounded<FeedMessage>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pump = PumpAsync(channel.Writer, new FeedStart(checkpoint.LastToken), stop.Token);
        try
        {
            await SendAsync(channel.Reader, stop.Token);
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    private async Task PumpAsync(ChannelWriter<FeedMessage> writer, FeedStart start, CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            await foreach (var message in reader.ReadAsync(partner.Consumer, start, ct))
            {
                await writer.WriteAsync(message, ct);
            }

            writer.TryComplete();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            writer.TryComplete();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            writer.TryComplete(e); // the sender sees the failure and the pusher starts over from its checkpoint
        }
    }

    private async Task SendAsync(ChannelReader<FeedMessage> pending, CancellationToken ct)
    {
        var queue = new PushBacklog(options.CoalesceWindow);
        while (true)
        {
            while (pending.TryRead(out var message))
            {
                queue.Add(message);
            }

            if (queue.Peek() is not { } next)
            {
                if (!await pending.WaitToReadAsync(ct))
                {
                    return;
                }

                continue;
            }

            var wait = next.Due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                // Newer versions read meanwhile replace the waiting one.
                await Task.Delay(wait, time, ct);
                continue;
            }

            queue.Delivered(await DeliverAsync(next.Message, ct));
        }
    }

    private async Task<DateTimeOffset> DeliverAsync(FeedMessage message, CancellationToken ct)
    {
        for (var attempt = 1; !await PushSender.PostAsync(http, partner, message, ct); attempt++)
        {
            LogRetry(partner.Name, message.DocumentKey, message.Header.Version, attempt, options.RetryInterval);
            await Task.Delay(options.RetryInterval, time, ct);
        }

        var at = time.GetUtcNow();
        // Not cancelled by a stopping silo: a delivery already answered is recorded, so a restart does not send it again.
        await checkpoint.RecordAsync(new PushDelivered(message.Token, message.DocumentKey, message.Header.Version, message.StoredAt, at), CancellationToken.None);
        return at;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push to {Partner}: {DocumentKey} version {Version} not accepted (attempt {Attempt}); retrying in {RetryInterval}")]
    private partial void LogRetry(string partner, string documentKey, int version, int attempt, TimeSpan retryInterval);
}
