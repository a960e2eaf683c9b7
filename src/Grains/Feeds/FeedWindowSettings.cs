namespace Olympics.Orleans.Grains.Feeds;

/// <summary>How the hub keeps and releases messages.</summary>
/// <param name="Duration">Messages stored within this are kept in memory.</param>
/// <param name="MaxMessages">At most this many are kept.</param>
/// <param name="FeedReleaseInterval">
/// FEED releases happen on this grid of the clock: each message out of embargo at the next tick, so one wake-up
/// and one write per subscriber carries all the messages of a tick (zero: each message at its own moment).
/// </param>
public sealed record FeedWindowSettings(TimeSpan Duration, int MaxMessages, TimeSpan FeedReleaseInterval)
{
    /// <summary>The last minute, at most 30,000 messages, FEED released every 20 ms.</summary>
    public static FeedWindowSettings Default { get; } = new(TimeSpan.FromMinutes(1), 30_000, TimeSpan.FromMilliseconds(20));

    /// <summary>The first release tick at or after <paramref name="moment"/>.</summary>
    public DateTimeOffset ReleaseTickAtOrAfter(DateTimeOffset moment)
    {
        var interval = FeedReleaseInterval.Ticks;
        if (interval <= 0)
        {
            return moment;
        }

        var late = moment.UtcTicks % interval;
        return late == 0 ? moment : moment.AddTicks(interval - late);
    }
}
