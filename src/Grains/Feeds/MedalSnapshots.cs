using System.Globalization;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Results;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The medal table as a consumer may see it now: the newest visible DT_MEDALS (code "GLO" padded to 34), whatever the
/// consumer's discipline filter (a table of NOCs belongs to no discipline), and the newest visible DT_MEDALLISTS of each
/// event the consumer follows. Parsed once per version.
/// </summary>
public sealed class MedalSnapshots(OdfDocumentIndex index, ParsedOdfDocuments documents, TimeProvider time)
{
    /// <summary>The ODF document type of the medal table.</summary>
    public const string TableType = "DT_MEDALS";

    /// <summary>The ODF document type of an event's medallists.</summary>
    public const string MedallistsType = "DT_MEDALLISTS";

    /// <summary>The DocumentCode of the medal table: "GLO" padded with '-' to 34 characters.</summary>
    public static readonly string TableCode = "GLO".PadRight(Rsc.Length, '-');

    /// <summary>The table and medallists the consumer may see; null while no version of the table is visible to its tier.</summary>
    public async Task<Snapshot<MedalTableView>?> ReadAsync(FeedConsumer consumer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        var now = time.GetUtcNow();
        if (index.Visible(TableType, TableCode, consumer.Tier, now) is not { } table)
        {
            return null;
        }

        var events = index.CodesOf(MedallistsType).Where(consumer.Follows).Order(StringComparer.Ordinal)
            .Select(code => index.Visible(MedallistsType, code, consumer.Tier, now))
            .OfType<OdfDocumentVersion>().Where(v => !v.Withdrawn).ToList();
        var lines = await documents.MedalLinesAsync(table, ct);
        var medals = await Task.WhenAll(events.Select(e => documents.MedallistsAsync(e, ct)));
        var view = new MedalTableView(table.DocumentKey, table.Header.Version, table.Header.ResultStatus, table.StoredAt, table.Withdrawn, lines,
            [.. events.Select((e, i) => new EventMedallistsView(e.Header.DocumentCode, e.DocumentKey, e.Header.Version, e.StoredAt, medals[i]))]);
        return new Snapshot<MedalTableView>(view, Snapshot.TagOf([.. new[] { table }.Concat(events).Select(Input)]));
    }

    private static string Input(OdfDocumentVersion version) =>
        $"{version.DocumentKey}\u001f{version.StreamVersion.ToString(CultureInfo.InvariantCulture)}";
}
