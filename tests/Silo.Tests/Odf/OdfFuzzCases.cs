using System.Text;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>One request of the bad-input run: the message bytes, the key sent, whether to gzip them or only to say so.</summary>
internal sealed record OdfFuzzCase(string Kind, byte[] Body, string? Key, bool Gzip, bool LabelOnly = false)
{
    /// <summary>The bytes sent, under Content-Encoding gzip when <see cref="Gzip"/>.</summary>
    public byte[] Wire => Gzip && !LabelOnly ? OdfSilo.Gzip(Body) : Body;
}

/// <summary>
/// Mutated ODF messages from a fixed seed: valid ones on a few dozen documents (so versions collide, repeat and
/// withdraw), mixed with truncations, byte flips, huge attributes, wrong codes, DTD bombs, invalid UTF-8, other
/// encodings, junk, wrong keys and broken gzip.
/// </summary>
internal static class OdfFuzzCases
{
    private static readonly string[] _wrongCodes =
    [
        "Version=abc", "Version=0", "Version=-1", "Version=2147483648", "FeedFlag=X", "FeedFlag=", "Date=2024-02-30", "Time=246000000",
        "LogicalDate=yesterday", "DocumentType=RESULT", "DocumentType=DT_result", "CompetitionCode=OG|2024", "DocumentCode=ATH M",
        "Source=", "Language=E", "ResultStatus=official", "DocumentSubcode=a b",
    ];

    public static IReadOnlyList<OdfFuzzCase> Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Next(random))];
    }

    private static OdfFuzzCase Next(Random random)
    {
        var (valid, key) = Valid(random);
        var bytes = Encoding.UTF8.GetBytes(valid);
        return random.Next(100) switch
        {
            < 32 => new("valid", bytes, key, false),
            < 36 => new("valid-gzip", bytes, key, true),
            < 44 => new("truncated", bytes[..random.Next(bytes.Length)], key, random.Next(4) == 0),
            < 54 => new("byte-flips", Flip(bytes, random), key, false),
            < 58 => new("huge-attribute", Encoding.UTF8.GetBytes(Huge(valid, random)), key, random.Next(2) == 0),
            < 68 => new("wrong-code", Encoding.UTF8.GetBytes(WrongCode(random)), OdfSilo.Key, false),
            < 72 => new("dtd-bomb", Encoding.UTF8.GetBytes(Bomb(random)), key, false),
            < 78 => new("invalid-utf8", InvalidUtf8(bytes, random), key, false),
            < 81 => new("utf16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(valid)], key, false),
            < 87 => new("junk", Junk(random), key, random.Next(3) == 0),
            < 91 => new("wrong-key", bytes, random.Next(2) == 0 ? null : "guess-" + random.Next(), false),
            < 94 => new("other-source-key", bytes, key == OdfSilo.Key ? OdfSilo.OtherKey : OdfSilo.Key, false),
            < 95 => new("labelled-gzip", bytes, key, true, LabelOnly: true),
            < 97 => new("truncated-gzip", OdfSilo.Gzip(bytes)[..random.Next(1, 40)], key, true, LabelOnly: true),
            _ => new("deep-nesting", Encoding.UTF8.GetBytes(valid.Replace("</Competition>", Nested(random.Next(50, 3000)) + "</Competition>", StringComparison.Ordinal)), key, false),
        };
    }

    private static (string Xml, string Key) Valid(Random random)
    {
        var other = random.Next(5) == 0;
        var code = $"SWMW200MFR------------SFNL{random.Next(150):D4}----";
        var header = OdfMessages.Header(random.Next(1, 21), code, other ? OdfSilo.OtherSource : OdfSilo.Source);
        header["ResultStatus"] = random.Next(2) == 0 ? "LIVE" : "OFFICIAL";
        var result = $"{random.Next(100, 130)}.{random.Next(100):D2}";
        return (OdfMessages.Xml(header, withdrawal: random.Next(8) == 0, result), other ? OdfSilo.OtherKey : OdfSilo.Key);
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static string Huge(string xml, Random random)
    {
        var attribute = random.Next(3) switch { 0 => "DocumentCode", 1 => "Source", _ => "Extra" };
        var value = new string((char)('A' + random.Next(26)), random.Next(10_000, 120_000));
        return attribute == "Extra"
            ? xml.Replace("<OdfBody ", $"<OdfBody Extra=\"{value}\" ", StringComparison.Ordinal)
            : System.Text.RegularExpressions.Regex.Replace(xml, $"{attribute}=\"[^\"]*\"", $"{attribute}=\"{value}\"");
    }

    private static string WrongCode(Random random)
    {
        var wrong = _wrongCodes[random.Next(_wrongCodes.Length)].Split('=');
        var header = OdfMessages.Header(random.Next(1, 13), $"SWMW200MFR------------SFNL{random.Next(30):D4}----");
        header[wrong[0]] = wrong[1];
        return OdfMessages.Xml(header);
    }

    private static string Bomb(Random random) => random.Next(3) switch
    {
        0 => "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
             + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><OdfBody Source=\"&d;\"/>",
        1 => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><OdfBody Source=\"&e;\"><Competition/></OdfBody>",
        _ => $"<!DOCTYPE x [<!ENTITY big \"{new string('x', 20_000)}\">]><OdfBody>{string.Concat(Enumerable.Repeat("&big;", 200))}</OdfBody>",
    };

    private static byte[] InvalidUtf8(byte[] bytes, Random random)
    {
        byte[][] sequences = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80]];
        var at = random.Next(bytes.Length);
        return [.. bytes[..at], .. sequences[random.Next(sequences.Length)], .. bytes[at..]];
    }

    private static byte[] Junk(Random random)
    {
        var junk = new byte[random.Next(0, 3000)];
        random.NextBytes(junk);
        return random.Next(2) == 0 ? junk : Encoding.ASCII.GetBytes("<OdfBody " + Convert.ToBase64String(junk));
    }

    private static string Nested(int depth) =>
        string.Concat(Enumerable.Repeat("<N>", depth)) + string.Concat(Enumerable.Repeat("</N>", depth));
}
