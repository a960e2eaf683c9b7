using System.Globalization;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// A session's results as a consumer may see them now: the session's units from the <see cref="SessionCatalog"/> (the
/// schedule, never its results), each with the newest DT_RESULT of the unit its tier may see (found by the unit's RSC in
/// the <see cref="OdfDocumentIndex"/>) parsed once per version. Per request: dictionary lookups per unit, and a store
/// read only for a version nobody asked for before.
/// </summary>
public sealed class SessionResultSnapshots(SessionCatalog catalog, OdfDocumentIndex index, ParsedOdfDocuments documents, TimeProvider time)
{
    /// <summary>The ODF document type of a unit's results and start list.</summary>
    public const string ResultType = "DT_RESULT";

    /// <summary>
    /// The units of the session the consumer follows, with their visible results; null when the session is unknown or the
    /// consumer follows none of its units.
    /// </summary>
    public async Task<Snapshot<SessionResultsView>?> ReadAsync(FeedConsumer consumer, string code, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        if (catalog.Find(code) is not { } session || session.Units.Where(u => consumer.Follows(u.Rsc)).ToList() is not { Count: > 0 } units)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var versions = units.Select(u => index.Visible(ResultType, u.Rsc, consumer.Tier, now)).ToList();
        var views = await Task.WhenAll(units.Select((u, i) => UnitAsync(u, versions[i], ct)));
        var inputs = units.Select((u, i) => string.Join('\u001f',
            u.Rsc, u.Title, u.StartUtc.UtcTicks.ToString(CultureInfo.InvariantCulture),
            versions[i]?.DocumentKey ?? "", versions[i]?.StreamVersion.ToString(CultureInfo.InvariantCulture) ?? ""));
        return new Snapshot<SessionResultsView>(new SessionResultsView(session.Code, views), Snapshot.TagOf([session.Code, .. inputs]));
    }

    private async Task<UnitResultsView> UnitAsync(UnitView unit, OdfDocumentVersion? version, CancellationToken ct) => version is null
        ? new UnitResultsView(unit.Rsc, unit.Title, unit.StartUtc, null, null, null, null, false, [])
        : new UnitResultsView(unit.Rsc, unit.Title, unit.StartUtc, version.DocumentKey, version.Header.Version, version.Header.ResultStatus,
            version.StoredAt, version.Withdrawn, await documents.CompetitorsAsync(version, ct)) { Notes = version.Notes };
}
