using System.Diagnostics.Metrics;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>How the results streams compare with the log, on this silo (meter <see cref="FeedTelemetry.Name"/>).</summary>
internal static class StreamTelemetry
{
    private static readonly Meter _meter = new(FeedTelemetry.Name);

    internal static readonly Counter<long> Repaired = _meter.CreateCounter<long>(
        "olympics.feeds.stream.repaired", description: "Messages the results stream did not bring to this silo, read from the log instead (reason: gap or quiet)");

    internal static readonly Counter<long> Repeats = _meter.CreateCounter<long>(
        "olympics.feeds.stream.repeats", description: "Messages the results stream brought to this silo again, dropped by their position");

    internal static readonly Counter<long> CursorsMoved = _meter.CreateCounter<long>(
        "olympics.feeds.stream.cursors-moved", description: "Orleans cache cursors whose waiting position was purged, moved on to the next message (what they skipped is read from the log)");

    internal static readonly Counter<long> CursorsPassed = _meter.CreateCounter<long>(
        "olympics.feeds.stream.cursors-passed", description: "Orleans cache cursors more than half a full cache behind, moved on so that their queue goes on for every other subscriber (what they skipped is read from the log)");

    internal static readonly Counter<long> Resubscribed = _meter.CreateCounter<long>(
        "olympics.feeds.stream.resubscribed", description: "Times this silo found the results stream behind the log and subscribed again");
}
