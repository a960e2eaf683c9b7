using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Where a silo's <see cref="FeedHub"/> gets the stored ODF messages from.</summary>
public interface IFeedSource
{
    /// <summary>
    /// Every event of the "odf" category after <paramref name="after"/>, in the log's order, each once, as it is
    /// committed; never ends by itself. It may throw when the log or the stream cannot be reached: the hub follows
    /// again after the last event it got.
    /// </summary>
    IAsyncEnumerable<StoredEvent> FollowAsync(GlobalPosition after, CancellationToken ct);
}
