namespace Olympics.Orleans.Grains.Feeds;

/// <summary>How deliveries are sampled and recorded.</summary>
/// <param name="SampleRate">The fraction of subscribers (per tier) whose every delivery is recorded; 0 records none.</param>
/// <param name="QueueCapacity">Records waiting to be appended; beyond it new ones are dropped (and counted).</param>
/// <param name="BatchSize">Records appended at most per append.</param>
/// <param name="FlushInterval">How long a record may wait for others before it is appended.</param>
public sealed record FeedDeliverySettings(double SampleRate, int QueueCapacity, int BatchSize, TimeSpan FlushInterval)
{
    /// <summary>
    /// 1 subscriber in 50 (at least one per tier), 100,000 queued, 250 per append (one event, a transaction of a few
    /// milliseconds: no reader of the store gets past an open one), each second.
    /// </summary>
    public static FeedDeliverySettings Default { get; } = new(0.02, 100_000, 250, TimeSpan.FromSeconds(1));
}
