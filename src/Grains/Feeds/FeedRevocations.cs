using System.Collections.Concurrent;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>The revoked feed consumers, kept from the "feedconsumer" category: rebuilt at every start, the same on every silo.</summary>
public sealed class FeedRevocations : Projection
{
    /// <summary>The stream category of feed consumers.</summary>
    public const string StreamCategory = "feedconsumer";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "feed-revocations";

    /// <inheritdoc />
    public override string? Category => StreamCategory;

    /// <summary>The stream of a consumer.</summary>
    public static string StreamOf(string consumer) => $"{StreamCategory}-{consumer}";

    /// <summary>Whether the consumer's key was revoked.</summary>
    public bool IsRevoked(string consumer) => _revoked.ContainsKey(consumer);

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        if (data is FeedConsumerRevoked revoked)
        {
            _revoked.TryAdd(revoked.Consumer, revoked.RevokedAt);
        }
    }
}
