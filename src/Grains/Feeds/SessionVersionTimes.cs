using System.Collections.Concurrent;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Runtime.Projections;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// When each recent version of every session stream was stored, kept from the "session" category: which version of a
/// session the embargoed tier may see is a lookup, not a store read.
/// </summary>
public sealed class SessionVersionTimes(FeedEmbargo embargo) : Projection
{
    private const string StreamCategory = "session";
    private readonly ConcurrentDictionary<string, EmbargoTimeline<long>> _sessions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "session-version-times";

    /// <inheritdoc />
    public override string? Category => StreamCategory;

    /// <summary>The stream of a session.</summary>
    public static string StreamOf(string code) => $"{StreamCategory}-{code}";

    /// <summary>Whether the session's stream has been seen.</summary>
    public bool Knows(string code) => _sessions.ContainsKey(code);

    /// <summary>
    /// The newest version of the session stored at or before <paramref name="cutoff"/>; 1 (its scheduling, which carries
    /// no results) when every version seen is newer, or none was seen yet.
    /// </summary>
    public long VisibleVersion(string code, DateTimeOffset cutoff) =>
        _sessions.TryGetValue(code, out var timeline) && timeline.TryLatestAt(cutoff, out var version, out _) ? version : 1;

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not ISessionEvent)
        {
            return;
        }

        var code = stored.StreamId[(StreamCategory.Length + 1)..];
        _sessions[code] = _sessions.TryGetValue(code, out var timeline)
            ? timeline.Add(stored.Timestamp, stored.StreamVersion, embargo.FeedDelay + EmbargoTimeline.ClockAllowance)
            : EmbargoTimeline.Of(stored.Timestamp, stored.StreamVersion);
    }
}
