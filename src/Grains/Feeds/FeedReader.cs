using System.Runtime.CompilerServices;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Follows every ODF document stream in global order for one consumer on a store subscription of its own (push to
/// partners; SSE and WebSocket streams share the silo's <see cref="FeedHub"/> instead): from a resume token or a logical
/// day, filtered by its disciplines, and for an embargoed tier never yielding a message before its embargo has passed.
/// Messages are yielded in order; waiting for one message's embargo holds back the ones behind it.
/// </summary>
public sealed class FeedReader(IEventStore store, EventSerializer serializer, TimeProvider time, FeedEmbargo embargo)
{
    /// <summary>The consumer's messages from <paramref name="start"/>, then live until cancelled.</summary>
    /// <exception cref="FormatException">The start token is not a resume token.</exception>
    public async IAsyncEnumerable<FeedMessage> ReadAsync(FeedConsumer consumer, FeedStart start, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(start);
        // The position is fixed before the subscription reads anything, so a message stored meanwhile is not lost.
        GlobalPosition? after = start.AfterToken is { } token ? GlobalPosition.Parse(token) : null;
        var day = start.AfterToken is null ? start.Day : null;
        await foreach (var stored in store.SubscribeAsync(new SubscriptionOptions(after, FeedMessages.Category), ct))
        {
            if (FeedMessages.From(stored, serializer.Deserialize(stored.Type, stored.Data)) is not { } message
                || !consumer.Follows(message.Header.DocumentCode)
                || (day is { } d && message.Header.LogicalDate < d))
            {
                continue;
            }

            await embargo.WaitAsync(consumer.Tier, message.StoredAt, time, ct);
            yield return message;
        }
    }
}
