using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Push;

/// <summary>Everything that can happen to a push partner's queue (stream "push-{partner}").</summary>
public interface IPushEvent;

/// <summary>
/// The partner answered 200 to a message: its checkpoint (the queue resumes after <paramref name="Token"/>) and the
/// delivery record kept for latency analysis after the Games.
/// </summary>
/// <param name="Token">The message's resume token (global position).</param>
/// <param name="DocumentKey">The document the message is a version of.</param>
/// <param name="Version">The message's ODF Version.</param>
/// <param name="StoredAt">When the message was stored.</param>
/// <param name="DeliveredAt">When the partner's 200 arrived.</param>
[EventName("push.delivered.v1")]
public sealed record PushDelivered(string Token, string DocumentKey, int Version, DateTimeOffset StoredAt, DateTimeOffset DeliveredAt) : IPushEvent;
