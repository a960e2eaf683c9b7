using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// The lag policy of one open stream: a live stream whose last written message is older than the maximum lag (counted
/// from when its tier could first see it) is too far behind, and the silo closes it with a resume hint rather than
/// keep feeding a subscriber that falls further behind for ever. A stream that opened at an earlier position catches
/// up from the log first: it becomes live once a message reaches it within the lag.
/// </summary>
internal sealed class FeedLag(FeedEmbargo embargo, FeedTier tier, TimeSpan max)
{
    private bool _live;

    /// <summary>Whether the stream, having just written <paramref name="last"/> at <paramref name="now"/>, is too far behind.</summary>
    public bool TooFarBehind(FeedMessage last, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(last);
        if (now - embargo.VisibleFrom(tier, last.StoredAt) <= max)
        {
            _live = true;
            return false;
        }

        return _live;
    }
}
