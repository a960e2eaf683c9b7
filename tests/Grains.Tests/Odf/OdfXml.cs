using System.Security;
using System.Text;

namespace Olympics.Orleans.Grains.Tests.Odf;

/// <summary>Small ODF messages: a valid header by default; an attribute set to null is left out.</summary>
internal static class OdfXml
{
    public const string Rsc = "ATHM100M--------------FNL-0001----";

    public static Dictionary<string, string?> Header(int version = 1, string code = Rsc) => new()
    {
        ["CompetitionCode"] = "OG2024",
        ["DocumentCode"] = code,
        ["DocumentType"] = "DT_RESULT",
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ResultStatus"] = "LIVE",
        ["Language"] = "ENG",
        ["FeedFlag"] = "P",
        ["Date"] = "2024-08-04",
        ["Time"] = "215512345",
        ["LogicalDate"] = "2024-08-04",
        ["Source"] = "SEQ_ATH",
    };

    public static string Message(IReadOnlyDictionary<string, string?> header, bool withdrawal = false)
    {
        var attributes = string.Concat(header.Where(a => a.Value is not null).Select(a => $" {a.Key}=\"{SecurityElement.Escape(a.Value)}\""));
        var body = withdrawal ? "" : "<Competition Gen=\"OG2024\"><Result Rank=\"1\" Result=\"9.79\"/></Competition>";
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OdfBody{attributes}>{body}</OdfBody>";
    }

    public static string Message(int version = 1, bool withdrawal = false) => Message(Header(version), withdrawal);

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
