using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Push;
using Olympics.Orleans.Replay.ReplayDay;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// Delivery latency (DeliveredAt - StoredAt) per tier (CIS, FEED, push), and per session of the document delivered and
/// tier: the tiers' latencies differ by design (FEED waits out the embargo), so a session's row never mixes them.
/// </summary>
internal sealed class LatencyTable(StoredSessions sessions)
{
    public const string NoSession = "(none)";

    public SortedDictionary<string, LatencyHistogram> ByTier { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<(string Session, string Tier), LatencyHistogram> BySession { get; } = new(
        Comparer<(string Session, string Tier)>.Create((a, b) => string.CompareOrdinal(a.Session, b.Session) is var c and not 0 ? c : string.CompareOrdinal(a.Tier, b.Tier)));

    /// <summary>Records the deliveries of <paramref name="event"/> whose document version <paramref name="includes"/> accepts.</summary>
    public void Add(object @event, Func<string, int, bool> includes)
    {
        ArgumentNullException.ThrowIfNull(includes);
        switch (@event)
        {
            case IFeedDeliveryEvent recorded:
                foreach (var feed in FeedDeliveriesRecorded.In(recorded).Where(f => includes(f.DocumentKey, f.Version)))
                {
                    Record(feed.Tier == FeedTier.Cis ? "CIS" : "FEED", feed.DocumentKey, feed.DeliveredAt - feed.StoredAt);
                }

                break;
            case PushDelivered push when includes(push.DocumentKey, push.Version):
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
            Histogram(BySession, (session, tier)).Record(latency);
        }
    }

    private static LatencyHistogram Histogram<TKey>(SortedDictionary<TKey, LatencyHistogram> table, TKey key)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var histogram))
        {
            table[key] = histogram = new LatencyHistogram();
        }

        return histogram;
    }
}
