using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// Mutations of the corpus's valid messages from one seed: each message first gets a Version (mostly new, sometimes one
/// its document has seen or passed), then stays valid or has attributes dropped, duplicated or given wrong codes,
/// is truncated, re-encoded, nested deeply, given a huge attribute, or sent with the wrong key.
/// </summary>
internal static partial class OdfMutations
{
    private const int MaxDepth = 64;
    private static readonly string[] _mandatory = ["CompetitionCode", "DocumentCode", "DocumentType", "Version", "FeedFlag", "Date", "Time", "LogicalDate", "Source"];
    private static readonly string[] _optional = ["DocumentSubcode", "ResultStatus", "Language"];

    // Values each attribute must be refused with (an empty optional attribute counts as absent, so none here).
    private static readonly Dictionary<string, string[]> _wrong = new(StringComparer.Ordinal)
    {
        ["CompetitionCode"] = ["OG 2024", new string('O', 21), ""],
        ["DocumentType"] = ["DT_RESULTS", "RESULT", "dt_result", "DT_MEDAL", ""],
        ["Version"] = ["0", "-1", "abc", "2147483648", "1.5", ""],
        ["ResultStatus"] = ["FINISHED", "official", "LIVE!"],
        ["Language"] = ["EN", "eng", "ENGL", "E1"],
        ["FeedFlag"] = ["X", "p", "PT", ""],
        ["Date"] = ["2024-02-30", "2024-8-4", "04/08/2024"],
        ["Time"] = ["246000000", "2155", "21551234a"],
        ["LogicalDate"] = ["yesterday", "2024-13-01"],
        ["Source"] = ["SEQ ATH", ""],
        ["DocumentSubcode"] = ["a b", "x|y"],
    };

    // A code at a level the type does not speak for.
    private static readonly Dictionary<string, string> _wrongLevel = new(StringComparer.Ordinal)
    {
        ["DT_RESULT"] = "ATHM100M--------------FNL---------",
        ["DT_CURRENT"] = "ATHM100M--------------------------",
        ["DT_SCHEDULE_UPDATE"] = "ATHM100M--------------FNL-000100--",
        ["DT_PHASE_RESULT"] = "ATHM100M--------------FNL-000100--",
        ["DT_MEDALLISTS"] = "ATHM100M--------------FNL---------",
        ["DT_MEDALS"] = "ATHM100M--------------------------",
        ["DT_KA"] = "ATHM100M--------------FNL-000100--",
    };

    public static IReadOnlyList<OdfFuzzCase> Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Next(random, i))];
    }

    // Mostly a version that grows with the case's number, so most valid messages are new versions; now and then a low
    // one, which the document has already seen (a duplicate) or passed (superseded).
    private static OdfFuzzCase Next(Random random, int number)
    {
        var index = random.Next(OdfFuzzCorpus.Seeds.Count);
        var seed = OdfFuzzCorpus.Seeds[index];
        var version = random.Next(4) == 0 ? random.Next(1, 21) : number + 21;
        var xml = Set(seed.Xml, "Version", version.ToString(CultureInfo.InvariantCulture));
        var key = OdfFuzzCorpus.KeyOf(seed.Source);
        var origin = $"seed #{index} ({seed.Type}) at version {version}";
        return random.Next(100) switch
        {
            < 22 => Case("valid", origin, xml, key).Expect(200),
            < 25 => Case("withdrawal", origin + " without its Competition element", Withdraw(xml), key).Expect(200),
            < 29 => (Case("valid-gzip", origin, xml, key) with { Gzip = true }).Expect(200),
            < 39 => Dropped(random, origin, xml, key),
            < 45 => Duplicated(random, origin, xml, key),
            < 59 => WrongCode(random, seed, origin, xml, key),
            < 62 => WrongScheduleStatus(random, origin, xml, key),
            < 69 => Truncated(random, origin, xml, key),
            < 75 => new OdfFuzzCase("byte-flips", origin + ", 1 to 3 bytes changed", Flip(Encoding.UTF8.GetBytes(xml), random), key),
            < 82 => BadEncoding(random, origin, xml, key),
            < 86 => DeepNesting(random, origin, xml, key),
            < 90 => Huge(random, origin, xml, key),
            < 93 => Case("wrong-key", origin, xml, random.Next(2) == 0 ? null : "guess-" + random.Next()).Expect(401),
            < 96 => OtherSourceKey(random, seed, origin, xml),
            < 98 => Case("dtd-bomb", "entity expansion", Bomb(random), key).Expect(400, "body"),
            _ => Junk(random, key),
        };
    }

    private static OdfFuzzCase Case(string kind, string mutation, string xml, string? key) => new(kind, mutation, Encoding.UTF8.GetBytes(xml), key);

    private static OdfFuzzCase Dropped(Random random, string origin, string xml, string key)
    {
        var present = _mandatory.Concat(_optional).Where(a => Get(xml, a) is not null).ToArray();
        var attribute = present[random.Next(present.Length)];
        var dropped = Case("attribute-dropped", $"{origin}, {attribute} dropped", Set(xml, attribute, null), key);
        return _mandatory.Contains(attribute) ? dropped.Expect(400, attribute) : dropped.Expect(200);
    }

    private static OdfFuzzCase Duplicated(Random random, string origin, string xml, string key)
    {
        var attribute = _mandatory[random.Next(_mandatory.Length)];
        var copy = $" {attribute}=\"{SecurityElement.Escape(Get(xml, attribute))}\"";
        return Case("attribute-duplicated", $"{origin}, {attribute} twice", xml.Replace("<OdfBody", "<OdfBody" + copy, StringComparison.Ordinal), key).Expect(400, "body");
    }

    private static OdfFuzzCase WrongCode(Random random, OdfSeed seed, string origin, string xml, string key)
    {
        if (random.Next(4) == 0)
        {
            var code = _wrongLevel[seed.Type];
            return Case("wrong-code", $"{origin}, DocumentCode {code}", Set(xml, "DocumentCode", code), key).Expect(400, "DocumentCode");
        }

        var attribute = _wrong.Keys.ElementAt(random.Next(_wrong.Count));
        var value = _wrong[attribute][random.Next(_wrong[attribute].Length)];
        return Case("wrong-code", $"{origin}, {attribute}=\"{value}\"", Set(xml, attribute, value), key).Expect(400, attribute);
    }

    private static OdfFuzzCase WrongScheduleStatus(Random random, string origin, string xml, string key)
    {
        var statuses = ScheduleStatus().Matches(xml);
        if (statuses.Count == 0)
        {
            return Case("valid", origin, xml, key).Expect(200);
        }

        var match = statuses[random.Next(statuses.Count)];
        var element = Regex.Match(xml[..match.Index], "<([A-Za-z]+)[^<]*$").Groups[1].Value;
        var value = new[] { "STARTED", "running", "FINISHED_", "" }[random.Next(4)];
        var mutated = xml[..match.Index] + $"ScheduleStatus=\"{value}\"" + xml[(match.Index + match.Length)..];
        return Case("wrong-schedule-status", $"{origin}, {element}.ScheduleStatus=\"{value}\"", mutated, key).Expect(400, $"{element}.ScheduleStatus");
    }

    private static OdfFuzzCase Truncated(Random random, string origin, string xml, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var length = random.Next(bytes.Length);
        return new OdfFuzzCase("truncated", $"{origin}, cut to {length} of {bytes.Length} bytes", bytes[..length], key, Gzip: random.Next(4) == 0);
    }

    private static OdfFuzzCase BadEncoding(Random random, string origin, string xml, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        byte[][] invalid = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80]];
        var at = random.Next(bytes.Length);
        return random.Next(5) switch
        {
            0 => new OdfFuzzCase("invalid-utf8", $"{origin}, invalid UTF-8 at byte {at}", [.. bytes[..at], .. invalid[random.Next(invalid.Length)], .. bytes[at..]], key).Expect(400, "body"),
            1 => new OdfFuzzCase("utf16", origin + " in UTF-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)], key).Expect(400, "body"),
            2 => Case("declared-encoding", origin + " declaring ISO-8859-1", xml.Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal), key).Expect(400, "body"),
            3 => new OdfFuzzCase("labelled-gzip", origin + " labelled gzip, sent plain", bytes, key, Gzip: true, LabelOnly: true).Expect(400, "body"),
            _ => new OdfFuzzCase("truncated-gzip", origin + " gzip cut short", OdfSilo.Gzip(bytes)[..random.Next(1, 40)], key, Gzip: true, LabelOnly: true).Expect(400, "body"),
        };
    }

    private static OdfFuzzCase DeepNesting(Random random, string origin, string xml, string key)
    {
        if (!xml.Contains("</Competition>", StringComparison.Ordinal))
        {
            return Case("valid", origin, xml, key).Expect(200);
        }

        // Competition is at depth 1, so the deepest of `depth` nested elements inside it is at depth 1 + depth.
        var depth = random.Next(2) == 0 ? random.Next(1, 2 * MaxDepth) : random.Next(MaxDepth, 5000);
        var nested = string.Concat(Enumerable.Repeat("<N>", depth)) + string.Concat(Enumerable.Repeat("</N>", depth));
        var deep = Case("deep-nesting", $"{origin}, {depth} nested elements", xml.Replace("</Competition>", nested + "</Competition>", StringComparison.Ordinal), key);
        return 1 + depth >= MaxDepth ? deep.Expect(400, "body") : deep.Expect(200);
    }

    private static OdfFuzzCase Huge(Random random, string origin, string xml, string key)
    {
        var attribute = new[] { "DocumentCode", "Source", "Extra" }[random.Next(3)];
        var value = new string((char)('A' + random.Next(26)), random.Next(10_000, 120_000));
        var huge = Case("huge-attribute", $"{origin}, {attribute} of {value.Length} characters", Set(xml, attribute, value), key) with { Gzip = random.Next(2) == 0 };
        return attribute == "Extra" ? huge.Expect(200) : huge.Expect(400, attribute);
    }

    private static OdfFuzzCase OtherSourceKey(Random random, OdfSeed seed, string origin, string xml)
    {
        var others = OdfFuzzCorpus.Sources.Where(s => s != seed.Source).ToArray();
        var other = others[random.Next(others.Length)];
        return Case("other-source-key", $"{origin} with the key of {other}", xml, OdfFuzzCorpus.KeyOf(other)).Expect(403);
    }

    private static OdfFuzzCase Junk(Random random, string key)
    {
        var junk = new byte[random.Next(0, 3000)];
        random.NextBytes(junk);
        return random.Next(2) == 0
            ? new OdfFuzzCase("junk", $"{junk.Length} random bytes", junk, key)
            : new OdfFuzzCase("junk", "an unclosed OdfBody of base64", Encoding.ASCII.GetBytes("<OdfBody " + Convert.ToBase64String(junk)), key).Expect(400, "body");
    }

    private static string Bomb(Random random) => random.Next(3) switch
    {
        0 => "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
             + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><OdfBody Source=\"&d;\"/>",
        1 => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><OdfBody Source=\"&e;\"><Competition/></OdfBody>",
        _ => $"<!DOCTYPE x [<!ENTITY big \"{new string('x', 20_000)}\">]><OdfBody>{string.Concat(Enumerable.Repeat("&big;", 200))}</OdfBody>",
    };

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static string Withdraw(string xml) => Regex.Replace(xml, "<Competition[ >].*</Competition>|<Competition[^>]*/>", "", RegexOptions.Singleline);

    private static string? Get(string xml, string attribute) =>
        Regex.Match(RootTag(xml), $"\\s{attribute}=\"([^\"]*)\"") is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    // Sets (or, for null, removes) an attribute of the root element, adding it when absent.
    private static string Set(string xml, string attribute, string? value)
    {
        var start = xml.IndexOf("<OdfBody", StringComparison.Ordinal);
        var tag = RootTag(xml);
        var rule = new Regex($"\\s{attribute}=\"[^\"]*\"");
        var replacement = value is null ? "" : $" {attribute}=\"{SecurityElement.Escape(value)}\"";
        var changed = rule.IsMatch(tag) ? rule.Replace(tag, replacement, 1) : tag.Insert("<OdfBody".Length, replacement);
        return xml[..start] + changed + xml[(start + tag.Length)..];
    }

    private static string RootTag(string xml)
    {
        var start = xml.IndexOf("<OdfBody", StringComparison.Ordinal);
        return xml[start..(xml.IndexOf('>', start) + 1)];
    }

    [GeneratedRegex("ScheduleStatus=\"[^\"]*\"")]
    private static partial Regex ScheduleStatus();
}
