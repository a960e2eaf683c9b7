using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Records revocations and returns once this silo's <see cref="FeedRevocations"/> has applied them.</summary>
public sealed class FeedConsumerRevoker(IEventStore store, EventSerializer serializer, FeedRevocations revocations)
{
    /// <summary>Revokes the consumer's key; revoking it again changes nothing.</summary>
    public async Task RevokeAsync(string consumer, DateTimeOffset at, EventMetadata metadata, CancellationToken ct = default)
    {
        if (revocations.IsRevoked(consumer))
        {
            return;
        }

        var (type, data) = serializer.Serialize(new FeedConsumerRevoked(consumer, at));
        var result = await store.AppendAsync(FeedRevocations.StreamOf(consumer), ExpectedVersion.Any, [new EventData(Guid.CreateVersion7(), type, data, metadata)], ct);
        await revocations.WaitForAsync(result.LastPosition, ct);
    }
}
