using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The parsed bodies of stored ODF versions, each read from the store and parsed once (one read of one event) and then
/// served from memory: snapshot endpoints behind a CDN read the same few versions over and over.
/// </summary>
public sealed class ParsedOdfDocuments(IEventStore store, EventSerializer serializer)
{
    private readonly VersionedCache<IReadOnlyList<CompetitorResultView>> _results = new();
    private readonly VersionedCache<IReadOnlyList<MedalLineView>> _tables = new();
    private readonly VersionedCache<IReadOnlyList<MedallistView>> _medallists = new();
    private long _storeReads;

    /// <summary>How many versions were read from the store: what the cache saved is the rest.</summary>
    public long StoreReads => Interlocked.Read(ref _storeReads);

    /// <summary>The Result lines of a DT_RESULT version; none for a withdrawal.</summary>
    public Task<IReadOnlyList<CompetitorResultView>> CompetitorsAsync(OdfDocumentVersion version, CancellationToken ct = default) =>
        ParsedAsync(_results, version, ResultDocumentParser.Competitors, ct);

    /// <summary>The lines of a DT_MEDALS version; none for a withdrawal.</summary>
    public Task<IReadOnlyList<MedalLineView>> MedalLinesAsync(OdfDocumentVersion version, CancellationToken ct = default) =>
        ParsedAsync(_tables, version, MedalDocumentParser.Lines, ct);

    /// <summary>The medals of a DT_MEDALLISTS version; none for a withdrawal.</summary>
    public Task<IReadOnlyList<MedallistView>> MedallistsAsync(OdfDocumentVersion version, CancellationToken ct = default) =>
        ParsedAsync(_medallists, version, MedalDocumentParser.Medallists, ct);

    private Task<IReadOnlyList<TItem>> ParsedAsync<TItem>(
        VersionedCache<IReadOnlyList<TItem>> cache, OdfDocumentVersion version, Func<string, IReadOnlyList<TItem>> parse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Withdrawn
            ? Task.FromResult<IReadOnlyList<TItem>>([])
            : cache.GetAsync(version.DocumentKey, version.StreamVersion, async () => parse(await XmlAsync(version)), ct);
    }

    private async Task<string> XmlAsync(OdfDocumentVersion version)
    {
        Interlocked.Increment(ref _storeReads);
        var stream = $"{FeedMessages.Category}-{version.DocumentKey}";
        var options = new ReadStreamOptions(FromVersion: version.StreamVersion, ToVersion: version.StreamVersion, MaxCount: 1);
        await foreach (var stored in store.ReadStreamAsync(stream, options))
        {
            return serializer.Deserialize(stored.Type, stored.Data) switch
            {
                OdfDocumentReceived e => e.Xml,
                OdfDocumentWithdrawn e => e.Xml,
                var other => throw new InvalidOperationException($"Stream '{stream}' holds a {other.GetType().Name} at version {version.StreamVersion}."),
            };
        }

        throw new InvalidOperationException($"Stream '{stream}' has no version {version.StreamVersion}.");
    }
}
