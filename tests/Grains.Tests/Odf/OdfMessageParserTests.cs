using System.Text;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Odf;

public sealed class OdfMessageParserTests
{
    private static OdfMessage Parse(string xml) => OdfMessageParser.Parse(OdfMessages.Bytes(xml));

    private static InvalidCommandException Refused(string xml) => Should.Throw<InvalidCommandException>(() => Parse(xml));

    private static InvalidCommandException Refused(byte[] body) => Should.Throw<InvalidCommandException>(() => OdfMessageParser.Parse(body));

    [Fact]
    public void A_valid_message_yields_every_header_attribute_and_its_text()
    {
        var header = OdfMessages.Header(version: 7);
        header["DocumentSubcode"] = "A1";
        var xml = OdfMessages.Xml(header);

        var message = Parse(xml);

        message.Header.ShouldBe(new OdfHeader("OG2024", OdfMessages.Rsc, "A1", "DT_RESULT", null, 7, "LIVE", "ENG", "P",
            new DateOnly(2024, 8, 4), new TimeOnly(21, 55, 12, 345), new DateOnly(2024, 8, 4), "SEQ_ATH"));
        message.IsWithdrawal.ShouldBeFalse();
        message.Xml.ShouldBe(xml);
        message.Header.DocumentKey.ShouldBe($"OG2024|{OdfMessages.Rsc}|A1|DT_RESULT||ENG");
    }

    [Fact]
    public void A_message_without_a_Competition_element_is_a_withdrawal() =>
        Parse(OdfMessages.Xml(version: 3, withdrawal: true)).IsWithdrawal.ShouldBeTrue();

    [Fact]
    public void A_keep_alive_has_no_Competition_element_and_is_never_a_withdrawal()
    {
        var header = OdfMessages.Header(version: 12, code: "STA");
        (header["DocumentType"], header["ResultStatus"], header["Language"]) = ("DT_KA", null, null);

        var message = Parse(OdfMessages.Xml(header, withdrawal: true));

        message.IsWithdrawal.ShouldBeFalse();
        message.Header.DocumentKey.ShouldBe("OG2024|STA||DT_KA||");
    }

    [Fact]
    public void A_Competition_element_deeper_than_the_root_s_children_does_not_count() =>
        Parse(OdfMessages.Xml(version: 3, withdrawal: true).Replace("></OdfBody>", "><Other><Competition/></Other></OdfBody>", StringComparison.Ordinal))
            .IsWithdrawal.ShouldBeTrue();

    [Fact]
    public void Optional_attributes_may_be_absent_or_empty()
    {
        var header = OdfMessages.Header();
        header["ResultStatus"] = null;
        header["Language"] = "";

        var parsed = Parse(OdfMessages.Xml(header)).Header;

        (parsed.ResultStatus, parsed.Language, parsed.DocumentSubcode, parsed.DocumentSubtype).ShouldBe((null, null, null, null));
    }

    [Theory]
    [InlineData("CompetitionCode")]
    [InlineData("DocumentCode")]
    [InlineData("DocumentType")]
    [InlineData("Version")]
    [InlineData("FeedFlag")]
    [InlineData("Date")]
    [InlineData("Time")]
    [InlineData("LogicalDate")]
    [InlineData("Source")]
    public void A_missing_mandatory_attribute_is_refused_naming_it(string attribute)
    {
        var header = OdfMessages.Header();
        header[attribute] = null;

        var refusal = Refused(OdfMessages.Xml(header));

        refusal.Field.ShouldBe(attribute);
        refusal.Reason.ShouldContain("mandatory");
    }

    [Theory]
    [InlineData("CompetitionCode", "OG 2024")]
    [InlineData("DocumentCode", "ATH|M100")]
    [InlineData("DocumentType", "RESULT")]
    [InlineData("Version", "0")]
    [InlineData("Version", "-3")]
    [InlineData("Version", "1.5")]
    [InlineData("Version", "99999999999")]
    [InlineData("FeedFlag", "X")]
    [InlineData("Date", "2024-13-01")]
    [InlineData("Date", "04/08/2024")]
    [InlineData("Time", "2155")]
    [InlineData("Time", "255512345")]
    [InlineData("LogicalDate", "2024-08-32")]
    [InlineData("Source", "SEQ ATH")]
    [InlineData("ResultStatus", "live!")]
    [InlineData("Language", "E1")]
    [InlineData("DocumentSubcode", "a|b")]
    [InlineData("DocumentSubtype", "x y")]
    public void A_malformed_attribute_is_refused_naming_it_and_quoting_the_value(string attribute, string value)
    {
        var header = OdfMessages.Header();
        header[attribute] = value;

        var refusal = Refused(OdfMessages.Xml(header));

        refusal.Field.ShouldBe(attribute);
        refusal.Reason.ShouldContain($"'{value}'");
    }

    [Fact]
    public void A_huge_attribute_is_refused_with_a_shortened_quote()
    {
        var header = OdfMessages.Header();
        header["DocumentCode"] = new string('A', 100_000);

        var refusal = Refused(OdfMessages.Xml(header));

        refusal.Field.ShouldBe("DocumentCode");
        refusal.Reason.Length.ShouldBeLessThan(300);
    }

    [Fact]
    public void A_document_key_stays_within_the_stream_id_limit_at_the_longest_codes()
    {
        var header = OdfMessages.Header(code: "ATH".PadRight(34, '-'));
        var longestType = OdfCodeLists.DocumentTypes.MaxBy(t => t.Length)!; // DT_MEDALLISTS_DISCIPLINE: a discipline's code
        (header["CompetitionCode"], header["DocumentSubcode"], header["DocumentType"]) = (new string('O', 20), new string('S', 64), longestType);
        (header["DocumentSubtype"], header["Language"]) = (new string('U', 40), "LLL");

        var key = Parse(OdfMessages.Xml(header)).Header.DocumentKey;

        key.Length.ShouldBeLessThanOrEqualTo(OdfDocumentKey.MaxLength);
        OdfDocumentKey.IsWellFormed(key).ShouldBeTrue();
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_because_DTDs_are_prohibited()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <OdfBody CompetitionCode="&lol3;"><Competition/></OdfBody>
            """;

        var refusal = Refused(bomb);

        refusal.Field.ShouldBe("body");
        refusal.Reason.ShouldContain("DTD");
    }

    [Fact]
    public void An_external_entity_is_refused_and_never_read() =>
        Refused("""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><OdfBody Source="&xxe;"/>""")
            .Reason.ShouldContain("DTD");

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(-12)]
    public void A_truncated_message_is_refused_as_malformed_xml(int cut)
    {
        var xml = OdfMessages.Xml();
        var refusal = Refused(cut > 0 ? xml[..cut] : xml[..^-cut]);

        refusal.Field.ShouldBe("body");
        refusal.Reason.ShouldStartWith("The XML is not");
    }

    [Fact]
    public void Invalid_utf8_is_refused_saying_where()
    {
        var bytes = OdfMessages.Bytes(OdfMessages.Xml());
        bytes[120] = 0xC3;
        bytes[121] = 0x28;

        Refused(bytes).Reason.ShouldContain("not valid UTF-8");
    }

    [Fact]
    public void A_utf16_message_is_refused_as_the_wrong_encoding() =>
        Refused(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(OdfMessages.Xml())).ToArray()).Reason.ShouldContain("UTF-16");

    [Fact]
    public void A_message_declaring_another_encoding_is_refused() =>
        Refused(OdfMessages.Xml().Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal)).Reason.ShouldContain("ISO-8859-1");

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_not_kept_in_the_text()
    {
        var xml = OdfMessages.Xml();

        Parse("\uFEFF" + xml).Xml.ShouldBe(xml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<Other Version=\"1\"/>")]
    [InlineData("<OdfBody/><OdfBody/>")]
    public void Anything_but_one_OdfBody_document_is_refused(string body) =>
        Refused(body).Field.ShouldBe("body");
}
