using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>How long after a message is stored each tier may see it: CIS at once, FEED after <paramref name="FeedDelay"/>.</summary>
public sealed record FeedEmbargo(TimeSpan FeedDelay)
{
    /// <summary>The delay of a tier.</summary>
    public TimeSpan DelayOf(FeedTier tier) => tier == FeedTier.Cis ? TimeSpan.Zero : FeedDelay;

    /// <summary>The first moment a tier may see a message stored at <paramref name="storedAt"/>.</summary>
    public DateTimeOffset VisibleFrom(FeedTier tier, DateTimeOffset storedAt) => storedAt + DelayOf(tier);

    /// <summary>Returns once the wall clock of <paramref name="time"/> has reached the moment the tier may see the message.</summary>
    public Task WaitAsync(FeedTier tier, DateTimeOffset storedAt, TimeProvider time, CancellationToken ct) =>
        WaitUntilAsync(VisibleFrom(tier, storedAt), time, ct);

    /// <summary>Returns once the wall clock of <paramref name="time"/> has reached <paramref name="moment"/>.</summary>
    public static async Task WaitUntilAsync(DateTimeOffset moment, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(time);
        // A loop, because a timer may fire a little before the wall clock reaches the due time; the embargo is judged
        // by the wall clock, never by the timer.
        for (var wait = moment - time.GetUtcNow(); wait > TimeSpan.Zero; wait = moment - time.GetUtcNow())
        {
            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, ct);
        }
    }
}
