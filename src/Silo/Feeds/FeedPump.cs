using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// The message loop of an open stream, whatever the transport: read what is ready, stop once the key is revoked,
/// write the batch, tell the watch and record the sampled deliveries. It returns on a revocation and throws when
/// <paramref name="ct"/> ends.
/// </summary>
internal static class FeedPump
{
    public static async Task RunAsync(
        FeedSubscription subscription, FeedConsumer consumer, FeedAccess access, FeedDeliverySample sample, WatchedStream watched,
        TimeProvider time, Func<IReadOnlyList<FeedEntry>, CancellationToken, Task> write, CancellationToken ct)
    {
        var batch = new List<FeedEntry>();
        while (true)
        {
            batch.Clear();
            await subscription.ReadAsync(batch, ct);
            if (access.IsRevoked(consumer))
            {
                return;
            }

            await write(batch, ct);
            var sent = time.GetUtcNow();
            watched.Sent(sent);
            sample.Record(batch, sent);
        }
    }
}
