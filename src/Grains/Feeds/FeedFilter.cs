using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>What one subscriber receives: its consumer's filter, intersected with the stream it asked for, from a logical day on.</summary>
/// <param name="Consumer">The consumer: tier, disciplines, sessions.</param>
/// <param name="Stream">The stream it reads.</param>
/// <param name="FromDay">Only messages of this ODF LogicalDate and later; null for all.</param>
public sealed record FeedFilter(FeedConsumer Consumer, FeedStreamId Stream, DateOnly? FromDay = null)
{
    /// <summary>Whether the entry goes to this subscriber.</summary>
    public bool Matches(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var header = entry.Message.Header;
        return (FromDay is not { } day || header.LogicalDate >= day)
            && Stream.Includes(header.DocumentCode, entry.Sessions)
            && Consumer.Follows(header.DocumentCode, entry.Sessions);
    }
}
