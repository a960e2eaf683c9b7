using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>Why a stream's message loop returned; <see cref="LastToken"/> is the token of the last message written.</summary>
internal readonly record struct FeedPumpEnd(bool Lagging, string? LastToken);

/// <summary>
/// The message loop of an open stream, whatever the transport: read what is ready, stop once the key is revoked,
/// write the batch, tell the watch, record the sampled deliveries and stop once the stream is too far behind
/// (<see cref="FeedLag"/>). It returns on a revocation or a lag and throws when <paramref name="ct"/> ends.
/// </summary>
internal static class FeedPump
{
    public static async Task<FeedPumpEnd> RunAsync(
        FeedSubscription subscription, FeedConsumer consumer, FeedAccess access, FeedDeliverySample sample, WatchedStream watched,
        FeedLag lag, TimeProvider time, Func<IReadOnlyList<FeedEntry>, CancellationToken, Task> write, CancellationToken ct)
    {
        var batch = new List<FeedEntry>();
        string? last = null;
        while (true)
        {
            batch.Clear();
            await subscription.ReadAsync(batch, ct);
            if (access.IsRevoked(consumer))
            {
                return new FeedPumpEnd(false, last);
            }

            await write(batch, ct);
            var sent = time.GetUtcNow();
            watched.Sent(sent);
            sample.Record(batch, sent);
            if (batch.Count > 0)
            {
                last = batch[^1].Message.Token;
                if (lag.TooFarBehind(batch[^1].Message, sent))
                {
                    return new FeedPumpEnd(true, last);
                }
            }
        }
    }
}
