using System.Xml.Linq;
using Olympics.Orleans.Contracts.Results;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Reads the Result lines of a DT_RESULT: <c>&lt;Competition&gt;&lt;Result Rank="1" SortOrder="1" Result="9.79" IRM=".."&gt;
/// &lt;Competitor Code="17" Type="A" Organisation="FRA"/&gt;&lt;/Result&gt;…</c>; a start list has StartOrder instead of
/// Rank. Pure.
/// </summary>
public static class ResultDocumentParser
{
    /// <summary>The competitors in SortOrder (lines without one keep their place after the others); empty for a withdrawal.</summary>
    /// <exception cref="System.Xml.XmlException">The text is not a well-formed document.</exception>
    public static IReadOnlyList<CompetitorResultView> Competitors(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return OdfBodyXml.Competition(xml) is not { } competition
            ? []
            : [.. competition.Named("Result").Select(Line).OrderBy(c => c.SortOrder ?? int.MaxValue)];
    }

    private static CompetitorResultView Line(XElement result)
    {
        var competitor = result.Named("Competitor").FirstOrDefault();
        return new CompetitorResultView(
            competitor?.Text("Code") ?? "", competitor?.Text("Type"), competitor?.Text("Organisation"),
            result.Number("Rank"), result.Number("SortOrder"), result.Number("StartOrder"), result.Text("Result"), result.Text("IRM"));
    }
}
