using System.Globalization;
using System.Security;

namespace Olympics.Orleans.Testing;

/// <summary>ODF messages with real bodies for the snapshot tests: unit results, start lists, the medal table, medallists.</summary>
public static class ResultBodies
{
    /// <summary>The medal table's DocumentCode.</summary>
    public static readonly string Global = "GLO".PadRight(34, '-');

    /// <summary>A message with this header and this Competition content (the Competition element is added).</summary>
    public static string Message(IReadOnlyDictionary<string, string?> header, string competition)
    {
        var attributes = string.Concat(header.Where(a => a.Value is not null).Select(a => $" {a.Key}=\"{SecurityElement.Escape(a.Value)}\""));
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OdfBody{attributes}><Competition Gen=\"OG2024\">{competition}</Competition></OdfBody>";
    }

    /// <summary>A DT_RESULT of a unit at a version and status, with ranked lines (competitor, NOC, mark; rank in order).</summary>
    public static string Result(string unit, int version, string status, params (string Competitor, string Noc, string Mark)[] lines)
    {
        var header = OdfMessages.Header(version, unit);
        header["ResultStatus"] = status;
        return Message(header, string.Concat(lines.Select((l, i) =>
            $"<Result Rank=\"{N(i + 1)}\" SortOrder=\"{N(i + 1)}\" Result=\"{l.Mark}\"><Competitor Code=\"{l.Competitor}\" Type=\"A\" Organisation=\"{l.Noc}\"/></Result>")));
    }

    /// <summary>A DT_MEDALS at a version: lines of (NOC, gold, silver, bronze), ranked in order.</summary>
    public static string Medals(int version, params (string Noc, int Gold, int Silver, int Bronze)[] lines)
    {
        var header = OdfMessages.Header(version, Global);
        (header["DocumentType"], header["ResultStatus"]) = ("DT_MEDALS", null);
        return Message(header, "<MedalStandings>" + string.Concat(lines.Select((l, i) =>
            $"<MedalLine Rank=\"{N(i + 1)}\" Organisation=\"{l.Noc}\" Gold=\"{N(l.Gold)}\" Silver=\"{N(l.Silver)}\" Bronze=\"{N(l.Bronze)}\" Total=\"{N(l.Gold + l.Silver + l.Bronze)}\"/>")) + "</MedalStandings>");
    }

    /// <summary>A DT_MEDALLISTS of an event (its 22-character prefix padded to 34) at a version: gold, silver, bronze in order.</summary>
    public static string Medallists(string eventCode, int version, params (string Competitor, string Noc)[] medallists)
    {
        string[] types = ["ME_GOLD", "ME_SILVER", "ME_BRONZE"];
        var header = OdfMessages.Header(version, eventCode);
        (header["DocumentType"], header["ResultStatus"]) = ("DT_MEDALLISTS", "OFFICIAL");
        return Message(header, string.Concat(medallists.Select((m, i) =>
            $"<Medal Type=\"{types[i]}\"><Competitor Code=\"{m.Competitor}\" Type=\"A\" Organisation=\"{m.Noc}\"/></Medal>")));
    }

    /// <summary>The key of a document of this type and code (competition OG2024, language ENG).</summary>
    public static string KeyOf(string type, string code) => $"OG2024|{code}||{type}||ENG";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
