using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The latest version of an ODF document a consumer may see now: for an embargoed tier, the newest one stored at least
/// the embargo ago; for a consumer limited to sessions, only a document of one of them (as the feed would send it).
/// </summary>
public sealed class FeedSnapshots(IEventStore store, EventSerializer serializer, TimeProvider time, FeedEmbargo embargo, FeedDocumentSessions? sessions = null)
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

            var documentSessions = consumer.Sessions.Count == 0 ? [] : (sessions ?? FeedDocumentSessions.None).Of(message.Header);
            return consumer.Follows(message.Header.DocumentCode, documentSessions) ? message : null;
        }

        return null;
    }
}
