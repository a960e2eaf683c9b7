using System.Collections.Concurrent;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// When each recent version of every stream of one category was stored, kept from that category: which version of a
/// stream the embargoed tier may see is a lookup, not a store read. Streams are named by key ("{category}-{key}").
/// </summary>
/// <typeparam name="TEvent">The category's events; anything else in it is ignored.</typeparam>
public abstract class StreamVersionTimes<TEvent>(string category, FeedEmbargo embargo) : Projection
{
    private readonly ConcurrentDictionary<string, EmbargoTimeline<long>> _streams = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => $"{category}-version-times";

    /// <inheritdoc />
    public override string? Category => category;

    /// <summary>The stream of a key.</summary>
    public string StreamOfKey(string key) => $"{category}-{key}";

    /// <summary>Whether the key's stream has been seen.</summary>
    public bool Knows(string key) => _streams.ContainsKey(key);

    /// <summary>
    /// The newest version of the key's stream stored at or before <paramref name="cutoff"/>; 1 (the stream's first
    /// event) when every version seen is newer, or none was seen yet.
    /// </summary>
    public long VisibleVersion(string key, DateTimeOffset cutoff) =>
        _streams.TryGetValue(key, out var timeline) && timeline.TryLatestAt(cutoff, out var version, out _) ? version : 1;

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (data is not TEvent)
        {
            return;
        }

        var key = stored.StreamId[(category.Length + 1)..];
        _streams[key] = _streams.TryGetValue(key, out var timeline)
            ? timeline.Add(stored.Timestamp, stored.StreamVersion, embargo.FeedDelay + EmbargoTimeline.ClockAllowance)
            : EmbargoTimeline.Of(stored.Timestamp, stored.StreamVersion);
    }
}
