using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Orleans.Runtime;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// The Orleans streams of stored ODF messages: provider <c>results</c>, one stream per session
/// (<c>session/ATH01</c>), per discipline (<c>discipline/ATH</c>) and the whole feed (<c>feed</c>), keyed as the feeds'
/// <see cref="FeedStreamId"/> is written. The event log is their source: nothing publishes to them.
/// </summary>
public static class ResultStreams
{
    /// <summary>The stream provider's name.</summary>
    public const string Provider = "results";

    /// <summary>The streams' namespace.</summary>
    public const string Namespace = "results";

    /// <summary>The whole feed's stream.</summary>
    public static StreamId Feed { get; } = Of(FeedStreamId.Feed);

    /// <summary>The Orleans stream of a feed stream.</summary>
    public static StreamId Of(FeedStreamId stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return StreamId.Create(Namespace, stream.ToString());
    }

    /// <summary>The streams a message belongs to: the whole feed, its discipline's and its sessions'.</summary>
    internal static IEnumerable<StreamId> Of(OdfHeader header, IReadOnlyList<string> sessions)
    {
        yield return Feed;
        var code = header.DocumentCode;
        if (code.Length >= 3 && FeedStreamId.TryParse($"{FeedStreamId.DisciplineNamespace}/{code[..3]}", out var discipline, out _))
        {
            yield return Of(discipline);
        }

        foreach (var session in sessions)
        {
            yield return Of(FeedStreamId.Session(session));
        }
    }
}
