using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>The header of one simulated document: everything but its version and time; writes its messages.</summary>
internal sealed record OdfEnvelope(
    string CompetitionCode, string DocumentCode, string? DocumentSubcode, string DocumentType, string? Language, string Source,
    TimeZoneInfo Zone)
{
    private static readonly byte[] _declaration = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    public string DocumentKey => string.Join('|', CompetitionCode, DocumentCode, DocumentSubcode ?? "", DocumentType, "", Language ?? "");

    public PlannedMessage Message(TimeSpan at, PlanClock clock, int version, string? status, PlannedKind kind, params object[] content) =>
        Build(at, clock, version, status, kind, new XElement("Competition", new XAttribute("Gen", CompetitionCode), content));

    /// <summary>A message that is only a header: a keep-alive, which has no Competition element (and so withdraws nothing).</summary>
    public PlannedMessage HeaderOnly(TimeSpan at, PlanClock clock, int version) => Build(at, clock, version, null, PlannedKind.Original, null);

    private PlannedMessage Build(TimeSpan at, PlanClock clock, int version, string? status, PlannedKind kind, XElement? competition)
    {
        var instant = clock.InstantAt(at);
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var root = new XElement("OdfBody",
            new XAttribute("CompetitionCode", CompetitionCode),
            new XAttribute("DocumentCode", DocumentCode),
            DocumentSubcode is null ? null : new XAttribute("DocumentSubcode", DocumentSubcode),
            new XAttribute("DocumentType", DocumentType),
            new XAttribute("Version", version.ToString(CultureInfo.InvariantCulture)),
            status is null ? null : new XAttribute("ResultStatus", status),
            Language is null ? null : new XAttribute("Language", Language),
            new XAttribute("FeedFlag", "T"),
            new XAttribute("Date", local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XAttribute("Time", local.ToString("HHmmssfff", CultureInfo.InvariantCulture)),
            new XAttribute("LogicalDate", LogicalDay.Of(instant, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XAttribute("Source", Source),
            competition);
        byte[] body = [.. _declaration, .. Encoding.UTF8.GetBytes(root.ToString(SaveOptions.DisableFormatting))];
        return new PlannedMessage(at, DocumentKey, DocumentType, version, status, Source, kind, body);
    }
}
