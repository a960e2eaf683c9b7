using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Everything that can happen to a feed consumer (stream "feedconsumer-{name}").</summary>
public interface IFeedConsumerEvent;

/// <summary>The consumer's API key was revoked: from now on it reads nothing, on any silo, after any restart.</summary>
[EventName("feeds.consumer-revoked.v1")]
public sealed record FeedConsumerRevoked(string Consumer, DateTimeOffset RevokedAt) : IFeedConsumerEvent;
