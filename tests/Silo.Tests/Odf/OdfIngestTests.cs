using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Odf;

public sealed class OdfIngestTests : IAsyncLifetime
{
    private static readonly string _key = OdfMessages.KeyOf();
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await OdfSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private HttpClient Http => _silo.Http;

    private static async Task<OdfReceipt> Receipt(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<OdfReceipt>(SiloHttp.Json, TestContext.Current.CancellationToken))!;
    }

    private async Task<OdfDocumentView> Document(string key) =>
        (await (await Http.GetDocumentAsync(key, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<OdfDocumentView>(SiloHttp.Json, TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task A_message_is_stored_and_its_resend_is_acknowledged_without_a_new_event()
    {
        var first = await Receipt(await Http.PostAsync(OdfMessages.Xml(1)));
        var again = await Receipt(await Http.PostAsync(OdfMessages.Xml(1)));

        first.ShouldBe(new OdfReceipt(OdfOutcome.Stored, _key, 1));
        again.ShouldBe(new OdfReceipt(OdfOutcome.Duplicate, _key, 1));
        var stream = await _silo.StreamAsync(_key);
        stream.Select(e => e.Type).ShouldBe(["odf.document-received.v1"]);
        stream[0].Metadata.Actor.ShouldBe($"source:{OdfSilo.Source}", "the authenticated source, the actor of ingest");
        (await Document(_key)).Xml.ShouldBe(OdfMessages.Xml(1));
    }

    [Fact]
    public async Task A_higher_version_replaces_the_document_and_a_lower_one_is_ignored()
    {
        await Http.PostAsync(OdfMessages.Xml(1));
        var higher = await Receipt(await Http.PostAsync(OdfMessages.Xml(3)));
        var lower = await Receipt(await Http.PostAsync(OdfMessages.Xml(2)));

        (higher.Outcome, lower.Outcome).ShouldBe((OdfOutcome.Stored, OdfOutcome.Superseded));
        var document = await Document(_key);
        (document.Header.Version, document.Xml, document.StreamVersion).ShouldBe((3, OdfMessages.Xml(3), 2L));
    }

    [Fact]
    public async Task A_keep_alive_without_Competition_is_stored_as_a_version_never_as_a_withdrawal()
    {
        var header = OdfMessages.Header(1, "STA");
        (header["DocumentType"], header["ResultStatus"], header["Language"]) = ("DT_KA", null, null);
        var first = OdfMessages.Xml(header, withdrawal: true);
        header["Version"] = "2";

        var receipts = new[] { await Receipt(await Http.PostAsync(first)), await Receipt(await Http.PostAsync(OdfMessages.Xml(header, withdrawal: true))) };

        receipts.Select(r => r.Outcome).ShouldBe([OdfOutcome.Stored, OdfOutcome.Stored]);
        var document = await Document("OG2024|STA||DT_KA||");
        (document.Header.Version, document.Withdrawn).ShouldBe((2, false));
    }

    [Fact]
    public async Task A_message_without_Competition_withdraws_the_document()
    {
        await Http.PostAsync(OdfMessages.Xml(1));

        var withdrawal = await Receipt(await Http.PostAsync(OdfMessages.Xml(2, withdrawal: true)));

        withdrawal.Outcome.ShouldBe(OdfOutcome.Withdrawn);
        var document = await Document(_key);
        (document.Withdrawn, document.Header.Version).ShouldBe((true, 2));
        (await _silo.StreamAsync(_key)).Select(e => e.Type).ShouldBe(["odf.document-received.v1", "odf.document-withdrawn.v1"]);
    }

    [Fact]
    public async Task A_gzip_body_is_decompressed_and_stored() =>
        (await Receipt(await Http.PostAsync(OdfMessages.Xml(1), gzip: true))).Outcome.ShouldBe(OdfOutcome.Stored);

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-key-of-any-source")]
    [InlineData(OdfSilo.Key + "x")]
    public async Task A_missing_or_unknown_key_is_a_401_problem_and_nothing_is_stored(string? key)
    {
        var response = await Http.PostAsync(OdfMessages.Xml(1), key);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _silo.StreamAsync(_key)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_key_of_another_source_is_a_403_problem_naming_both_sources()
    {
        var response = await Http.PostAsync(OdfMessages.Xml(1), OdfSilo.OtherKey);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var detail = (await response.Problem()).GetProperty("detail").GetString()!;
        detail.ShouldContain(OdfSilo.OtherSource);
        detail.ShouldContain(OdfSilo.Source);
        (await _silo.StreamAsync(_key)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_over_10_MB_is_a_413()
    {
        var xml = OdfMessages.Xml(1).Replace("<Competition", $"<!--{new string('x', 10 * 1024 * 1024)}--><Competition", StringComparison.Ordinal);

        (await Http.PostAsync(xml)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_gzip_body_that_decompresses_beyond_10_MB_is_a_413()
    {
        var bomb = OdfSilo.Gzip(new byte[11 * 1024 * 1024]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new ByteArrayContent(bomb) };
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-API-KEY", OdfSilo.Key);

        bomb.Length.ShouldBeLessThan(1_000_000);
        (await Http.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Another_content_encoding_is_a_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new StringContent(OdfMessages.Xml(1)) };
        request.Content.Headers.ContentEncoding.Add("br");
        request.Headers.Add("X-API-KEY", OdfSilo.Key);

        (await Http.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("Version", null, "Version")]
    [InlineData("Version", "0", "Version")]
    [InlineData("FeedFlag", "X", "FeedFlag")]
    [InlineData("Time", "99", "Time")]
    [InlineData("DocumentType", "RESULT", "DocumentType")]
    public async Task A_bad_header_is_a_400_problem_naming_the_attribute(string attribute, string? value, string field)
    {
        var header = OdfMessages.Header(1);
        header[attribute] = value;

        var response = await Http.PostAsync(OdfMessages.Xml(header));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("<OdfBody Version=\"1\"><Competition>", "The XML is not")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><OdfBody Source=\"&b;\"/>", "DTD")]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1252\"?><OdfBody/>", "windows-1252")]
    public async Task Malformed_or_unsafe_xml_is_a_400_problem_with_the_reason(string xml, string reason)
    {
        var response = await Http.PostAsync(xml);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain(reason);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400_problem()
    {
        var bytes = Encoding.UTF8.GetBytes(OdfMessages.Xml(1));
        bytes[^20] = 0xFF;

        var response = await Http.PostAsync(bytes);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("detail").GetString()!.ShouldContain("UTF-8");
    }

    [Fact]
    public async Task A_body_labelled_gzip_that_is_not_gzip_is_a_400_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new StringContent(OdfMessages.Xml(1)) };
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-API-KEY", OdfSilo.Key);

        var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (await response.Problem()).GetProperty("detail").GetString()!.ShouldContain("gzip");
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_and_a_malformed_key_a_400()
    {
        (await Http.GetDocumentAsync(OdfMessages.KeyOf("NOPE"), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Http.GetDocumentAsync(new string('K', 300), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Http.GetAsync(OdfSilo.DocumentPath(OdfMessages.KeyOf()), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized,
            "the unembargoed view must not be open to anyone");
    }
}
