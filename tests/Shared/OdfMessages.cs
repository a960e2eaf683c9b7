using System.Globalization;
using System.Security;
using System.Text;

namespace Olympics.Orleans.Testing;

/// <summary>Small ODF messages for the tests: a valid header by default; an attribute set to null is left out.</summary>
public static class OdfMessages
{
    public const string Rsc = "ATHM100M--------------FNL-0001----";

    public static Dictionary<string, string?> Header(int version = 1, string code = Rsc, string source = "SEQ_ATH") => new()
    {
        ["CompetitionCode"] = "OG2024",
        ["DocumentCode"] = code,
        ["DocumentType"] = "DT_RESULT",
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        ["ResultStatus"] = "LIVE",
        ["Language"] = "ENG",
        ["FeedFlag"] = "P",
        ["Date"] = "2024-08-04",
        ["Time"] = "215512345",
        ["LogicalDate"] = "2024-08-04",
        ["Source"] = source,
    };

    public static string Xml(IReadOnlyDictionary<string, string?> header, bool withdrawal = false, string result = "9.79")
    {
        var attributes = string.Concat(header.Where(a => a.Value is not null).Select(a => $" {a.Key}=\"{SecurityElement.Escape(a.Value)}\""));
        var body = withdrawal ? "" : $"<Competition Gen=\"OG2024\"><Result Rank=\"1\" Result=\"{result}\"/></Competition>";
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OdfBody{attributes}>{body}</OdfBody>";
    }

    public static string Xml(int version = 1, string code = Rsc, bool withdrawal = false) => Xml(Header(version, code), withdrawal);

    public static string KeyOf(string code = Rsc) => $"OG2024|{code}||DT_RESULT||ENG";

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
