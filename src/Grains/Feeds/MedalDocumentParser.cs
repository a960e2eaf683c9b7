using Olympics.Orleans.Contracts.Results;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Reads the medal documents: DT_MEDALS (<c>&lt;MedalStandings&gt;&lt;MedalLine Rank="1" Organisation="FRA" Gold="3"
/// Silver="1" Bronze="2" Total="6"/&gt;…</c>) and DT_MEDALLISTS (<c>&lt;Medal Type="ME_GOLD"&gt;&lt;Competitor Code="123"
/// Type="A" Organisation="FRA"/&gt;&lt;/Medal&gt;…</c>), wherever they sit under Competition. Pure.
/// </summary>
public static class MedalDocumentParser
{
    /// <summary>The table's lines in document order; a missing count is 0, a missing Total the sum. Empty for a withdrawal.</summary>
    /// <exception cref="System.Xml.XmlException">The text is not a well-formed document.</exception>
    public static IReadOnlyList<MedalLineView> Lines(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return OdfBodyXml.Competition(xml) is not { } competition
            ? []
            : [.. competition.Named("MedalLine", deep: true).Select(line =>
            {
                var (gold, silver, bronze) = (line.Number("Gold") ?? 0, line.Number("Silver") ?? 0, line.Number("Bronze") ?? 0);
                return new MedalLineView(line.Text("Organisation") ?? "", line.Number("Rank"), gold, silver, bronze, line.Number("Total") ?? gold + silver + bronze);
            })];
    }

    /// <summary>The medals and who won them, in document order. Empty for a withdrawal.</summary>
    /// <exception cref="System.Xml.XmlException">The text is not a well-formed document.</exception>
    public static IReadOnlyList<MedallistView> Medallists(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return OdfBodyXml.Competition(xml) is not { } competition
            ? []
            : [.. competition.Named("Medal", deep: true).Select(medal =>
            {
                var competitor = medal.Named("Competitor").FirstOrDefault();
                return new MedallistView(medal.Text("Type") ?? "", competitor?.Text("Code") ?? "", competitor?.Text("Type"), competitor?.Text("Organisation"));
            })];
    }
}
