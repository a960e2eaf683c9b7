using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>How long after a message is stored each tier may see it: CIS at once, FEED after <paramref name="FeedDelay"/>.</summary>
public sealed record FeedEmbargo(TimeSpan FeedDelay)
{
    /// <summary>The delay of a tier.</summary>
    public TimeSpan DelayOf(FeedTier tier) => tier == FeedTier.Cis ? TimeSpan.Zero : FeedDelay;

    /// <summary>The first moment a tier may see a message stored at <paramref name="storedAt"/>.</summary>
    public DateTimeOffset VisibleFrom(FeedTier tier, DateTimeOffset storedAt) => storedAt + DelayOf(tier);
}
