using System.Collections.Concurrent;
using System.Collections.Immutable;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The recent versions of every ODF document with their stored times (no XML), kept from the "odf" category: which
/// version a tier may see now is a dictionary lookup and a walk over a few entries, never a store read. Documents are
/// also found by type and code (a unit's DT_RESULT, the DT_MEDALS table, every DT_MEDALLISTS). It follows the store a
/// few milliseconds behind each commit, as the live feed does; while it catches up after a start, readers get older
/// versions, never newer ones.
/// </summary>
public sealed class OdfDocumentIndex(FeedEmbargo embargo) : Projection
{
    private readonly ConcurrentDictionary<string, EmbargoTimeline<OdfDocumentVersion>> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Type, string Code), string[]> _keysByCode = new();
    private readonly ConcurrentDictionary<string, ImmutableList<string>> _codesByType = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "odf-document-index";

    /// <inheritdoc />
    public override string? Category => FeedMessages.Category;

    /// <summary>The newest version of the document the tier may see at <paramref name="now"/>; null when none.</summary>
    public OdfDocumentVersion? Visible(string documentKey, FeedTier tier, DateTimeOffset now) =>
        _documents.TryGetValue(documentKey, out var timeline) && timeline.TryLatestAt(now - embargo.DelayOf(tier), out var version, out _)
            ? version
            : null;

    /// <summary>
    /// The version of the document with this type and code the tier may see now: among the documents with no subcode and
    /// no subtype that have a visible version, the language ENG first (ODF's results language), then none, then any
    /// other; across competition codes, the one stored last. Null when none is visible.
    /// </summary>
    public OdfDocumentVersion? Visible(string documentType, string documentCode, FeedTier tier, DateTimeOffset now)
    {
        if (!_keysByCode.TryGetValue((documentType, documentCode), out var keys))
        {
            return null;
        }

        OdfDocumentVersion? best = null;
        foreach (var key in keys)
        {
            if (Visible(key, tier, now) is { } version && (best is null || Preferred(version, best)))
            {
                best = version;
            }
        }

        return best;
    }

    /// <summary>Every document code stored with this document type, in the order first seen.</summary>
    public IReadOnlyList<string> CodesOf(string documentType) => _codesByType.TryGetValue(documentType, out var codes) ? codes : [];

    /// <inheritdoc />
    protected override void Apply(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var (header, withdrawn, notes) = data switch
        {
            OdfDocumentReceived e => (e.Header, false, e.Notes),
            OdfDocumentWithdrawn e => (e.Header, true, null),
            _ => (null, false, null),
        };
        if (header is null)
        {
            return;
        }

        var key = header.DocumentKey;
        var version = new OdfDocumentVersion(key, stored.StreamVersion, header, withdrawn, stored.Timestamp) { Notes = notes ?? [] };
        if (_documents.TryGetValue(key, out var timeline))
        {
            _documents[key] = timeline.Add(stored.Timestamp, version, embargo.FeedDelay + EmbargoTimeline.ClockAllowance);
            return;
        }

        _documents[key] = EmbargoTimeline.Of(stored.Timestamp, version);
        if (string.IsNullOrEmpty(header.DocumentSubcode) && string.IsNullOrEmpty(header.DocumentSubtype))
        {
            // One writer (this projection), many readers: arrays are replaced, never changed in place.
            var code = (header.DocumentType, header.DocumentCode);
            if (_keysByCode.TryGetValue(code, out var keys))
            {
                _keysByCode[code] = [.. keys, key];
                return;
            }

            _keysByCode[code] = [key];
            _codesByType[header.DocumentType] = (_codesByType.TryGetValue(header.DocumentType, out var codes) ? codes : []).Add(header.DocumentCode);
        }
    }

    private static bool Preferred(OdfDocumentVersion candidate, OdfDocumentVersion best)
    {
        var (a, b) = (LanguageRank(candidate.Header.Language), LanguageRank(best.Header.Language));
        return a != b ? a < b : candidate.StoredAt > best.StoredAt;
    }

    private static int LanguageRank(string? language) => language switch
    {
        "ENG" => 0,
        null or "" => 1,
        _ => 2,
    };
}
