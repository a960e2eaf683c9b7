using System.Collections.Frozen;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The hub's CIS subscribers, immutable (replaced whole when one joins or leaves, which is rare beside the messages): a
/// subscriber of a session's stream only ever receives that session's messages, so a message wakes the subscribers of
/// its own sessions and the others (whole feed, discipline), not every subscriber.
/// </summary>
internal sealed class CisSubscribers
{
    public static readonly CisSubscribers Empty = new(FrozenDictionary<string, FeedSubscription[]>.Empty, []);

    private CisSubscribers(FrozenDictionary<string, FeedSubscription[]> bySession, FeedSubscription[] others)
    {
        BySession = bySession;
        Others = others;
    }

    /// <summary>Subscribers of stream session/KEY, by KEY.</summary>
    public FrozenDictionary<string, FeedSubscription[]> BySession { get; }

    /// <summary>Every other CIS subscriber.</summary>
    public FeedSubscription[] Others { get; }

    public CisSubscribers With(FeedSubscription subscription) => SessionOf(subscription) is { } session
        ? new(Replace(session, [.. BySession.GetValueOrDefault(session, []), subscription]), Others)
        : new(BySession, [.. Others, subscription]);

    public CisSubscribers Without(FeedSubscription subscription) => SessionOf(subscription) is { } session
        ? new(Replace(session, Array.FindAll(BySession.GetValueOrDefault(session, []), s => s != subscription)), Others)
        : new(BySession, Array.FindAll(Others, s => s != subscription));

    private static string? SessionOf(FeedSubscription subscription) =>
        subscription.Filter.Stream.Namespace == FeedStreamId.SessionNamespace ? subscription.Filter.Stream.Key : null;

    private FrozenDictionary<string, FeedSubscription[]> Replace(string session, FeedSubscription[] subscribers)
    {
        var map = BySession.ToDictionary(StringComparer.Ordinal);
        if (subscribers.Length == 0)
        {
            map.Remove(session);
        }
        else
        {
            map[session] = subscribers;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
