using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Everything a silo records about feed deliveries (streams "delivery-{silo}-{yyyyMMddHH}").</summary>
public interface IFeedDeliveryEvent;

/// <summary>
/// A message went out to a sampled SSE or WebSocket subscriber: kept for latency analysis after the Games. The fields
/// shared with <c>push.delivered.v1</c> have the same names, so one report reads both. The recorder appends these
/// in batches (<see cref="FeedDeliveriesRecorded"/>); histories written before it are one event per delivery.
/// </summary>
/// <param name="Token">The message's resume token (global position).</param>
/// <param name="DocumentKey">The document the message is a version of.</param>
/// <param name="Version">The message's ODF Version.</param>
/// <param name="Tier">The subscriber's tier.</param>
/// <param name="Consumer">The subscriber's consumer name.</param>
/// <param name="Transport">"sse" or "websocket".</param>
/// <param name="StoredAt">When the message was stored.</param>
/// <param name="DeliveredAt">When the silo had written it to the connection (flushed).</param>
[EventName("feed.delivered.v1")]
public sealed record FeedDelivered(
    string Token, string DocumentKey, int Version, FeedTier Tier, string Consumer, string Transport, DateTimeOffset StoredAt, DateTimeOffset DeliveredAt)
    : IFeedDeliveryEvent;

/// <summary>
/// Deliveries recorded together: what the recorder appends, one event for a whole batch of records (an append of one
/// row commits in a moment, where one row per delivery held back every reader of the store for tens of milliseconds).
/// </summary>
/// <param name="Deliveries">The records, in the order the deliveries were made.</param>
[EventName("feed.deliveries-recorded.v1")]
public sealed record FeedDeliveriesRecorded(IReadOnlyList<FeedDelivered> Deliveries) : IFeedDeliveryEvent
{
    /// <summary>The deliveries a stored delivery event holds: one for a single record, all of a batch.</summary>
    public static IReadOnlyList<FeedDelivered> In(IFeedDeliveryEvent recorded) => recorded switch
    {
        FeedDelivered single => [single],
        FeedDeliveriesRecorded batch => batch.Deliveries,
        _ => throw new ArgumentException($"Not a delivery event: {recorded?.GetType().Name ?? "null"}.", nameof(recorded)),
    };
}
