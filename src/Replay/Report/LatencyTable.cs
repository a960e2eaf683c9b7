using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Push;
using Olympics.Orleans.Replay.ReplayDay;

namespace Olympics.Orleans.Replay.Report;

/// <summary>Delivery latency (DeliveredAt - StoredAt) per tier (CIS, FEED, push) and per session of the document delivered.</summary>
internal sealed class LatencyTable(StoredSessions sessions)
{
    public const string NoSession = "(none)";

    public SortedDictionary<string, LatencyHistogram> ByTier { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, LatencyHistogram> BySession { get; } = new(StringComparer.Ordinal);

    public void Add(object @event)
    {
        switch (@event)
        {
            case IFeedDeliveryEvent recorded:
                foreach (var feed in FeedDeliveriesRecorded.In(recorded))
                {
                    Record(feed.Tier == FeedTier.Cis ? "CIS" : "FEED", feed.DocumentKey, feed.DeliveredAt - feed.StoredAt);
                }

                break;
            case PushDelivered push:
                Record("push", push.DocumentKey, push.DeliveredAt - push.StoredAt);
                break;
        }
    }

    private void Record(string tier, string documentKey, TimeSpan latency)
    {
        Histogram(ByTier, tier).Record(latency);
        var of = sessions.OfKey(documentKey);
        foreach (var session in of.Length == 0 ? [NoSession] : of)
        {
            Histogram(BySession, session).Record(latency);
        }
    }

    private static LatencyHistogram Histogram(SortedDictionary<string, LatencyHistogram> table, string key)
    {
        if (!table.TryGetValue(key, out var histogram))
        {
            table[key] = histogram = new LatencyHistogram();
        }

        return histogram;
    }
}
