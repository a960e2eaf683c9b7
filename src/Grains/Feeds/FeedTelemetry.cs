using System.Diagnostics.Metrics;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>The feeds' metrics (meter <c>Olympics.Orleans.Feeds</c>).</summary>
public static class FeedTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string Name = "Olympics.Orleans.Feeds";

    private static readonly Meter _meter = new(Name);

    internal static readonly UpDownCounter<long> Subscribers = _meter.CreateUpDownCounter<long>(
        "olympics.feeds.subscribers", description: "Open subscriptions to this silo's feed hub: SSE and WebSocket streams, and partner pushes");

    internal static readonly Counter<long> FellOut = _meter.CreateCounter<long>(
        "olympics.feeds.window.fallbacks", description: "Subscribers that fell behind the hub's window and went back to reading the store");

    internal static readonly Histogram<double> HubLag = _meter.CreateHistogram<double>(
        "olympics.feeds.hub.lag", unit: "ms",
        description: "From a message's storing to the hub's waking its CIS subscribers: how far the feeds run behind the store");

    internal static readonly Counter<long> DeliveriesRecorded = _meter.CreateCounter<long>(
        "olympics.feeds.deliveries.recorded", description: "Delivery records appended to the store");

    internal static readonly Counter<long> DeliveriesDropped = _meter.CreateCounter<long>(
        "olympics.feeds.deliveries.dropped", description: "Delivery records dropped because the recorder's queue was full or closed");
}
