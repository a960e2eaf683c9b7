using System.Runtime.CompilerServices;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// A consumer's results one message at a time, for the readers that are not an SSE or WebSocket stream (the ODF push
/// to partners): a subscription to the silo's <see cref="FeedHub"/>, so they follow the same results stream, with the
/// same tier, filters and start as a stream of that consumer would.
/// </summary>
public sealed class FeedReader(FeedHub hub)
{
    /// <summary>The consumer's whole feed after <paramref name="start"/>, each message once its tier may see it; never ends by itself.</summary>
    /// <exception cref="FormatException">The start token is not a resume token.</exception>
    public async IAsyncEnumerable<FeedMessage> ReadAsync(FeedConsumer consumer, FeedStart start, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(start);
        // The position is fixed when the subscription opens, before anything is read: a message stored meanwhile is not lost.
        using var subscription = hub.Subscribe(consumer, FeedStreamId.Feed, start);
        var batch = new List<FeedEntry>();
        while (true)
        {
            batch.Clear();
            await subscription.ReadAsync(batch, ct);
            foreach (var entry in batch)
            {
                yield return entry.Message;
            }
        }
    }
}
