using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>
/// The hub's source straight from the store, for the tests of the hub's window and fan-out without a silo. Silos use
/// the results stream (<c>StreamFeedSource</c>), tested with silos in <c>ResultStreamTests</c>.
/// </summary>
internal sealed class StoreFeedSource(IEventStore store) : IFeedSource
{
    public IAsyncEnumerable<StoredEvent> FollowAsync(GlobalPosition after, CancellationToken ct) =>
        store.SubscribeAsync(new SubscriptionOptions(after, FeedMessages.Category), ct);
}
