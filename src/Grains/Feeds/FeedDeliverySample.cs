using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>One subscriber's part in delivery recording: records its deliveries when it was sampled. Dispose it when the subscriber closes.</summary>
public sealed class FeedDeliverySample : IDisposable
{
    private readonly FeedDeliveryRecorder _recorder;
    private readonly FeedConsumer _consumer;
    private readonly string _transport;
    private int _disposed;

    internal FeedDeliverySample(FeedDeliveryRecorder recorder, FeedConsumer consumer, string transport, bool sampled)
    {
        (_recorder, _consumer, _transport) = (recorder, consumer, transport);
        IsSampled = sampled;
    }

    /// <summary>Whether this subscriber's deliveries are recorded.</summary>
    public bool IsSampled { get; }

    /// <summary>Records that <paramref name="delivered"/> went out at <paramref name="at"/>, when sampled; never waits.</summary>
    public void Record(IReadOnlyList<FeedEntry> delivered, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        if (IsSampled)
        {
            _recorder.Record(delivered, _consumer, _transport, at);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _recorder.Leave(_consumer.Tier, IsSampled);
        }
    }
}
