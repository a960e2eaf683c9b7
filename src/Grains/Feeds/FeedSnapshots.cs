using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>The latest version of an ODF document a consumer may see now: for an embargoed tier, the newest one stored at least the embargo ago.</summary>
public sealed class FeedSnapshots(IEventStore store, EventSerializer serializer, TimeProvider time, FeedEmbargo embargo)
{
    /// <summary>The latest visible message of the document; null when the consumer may see none (yet) or does not follow it.</summary>
    public async Task<FeedMessage?> LatestAsync(FeedConsumer consumer, string documentKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        var now = time.GetUtcNow();
        var options = new ReadStreamOptions(ReadDirection.Backward);
        await foreach (var stored in store.ReadStreamAsync($"{FeedMessages.Category}-{documentKey}", options, ct))
        {
            if (embargo.VisibleFrom(consumer.Tier, stored.Timestamp) > now
                || FeedMessages.From(stored, serializer.Deserialize(stored.Type, stored.Data)) is not { } message)
            {
                continue;
            }

            return consumer.Follows(message.Header.DocumentCode) ? message : null;
        }

        return null;
    }
}
