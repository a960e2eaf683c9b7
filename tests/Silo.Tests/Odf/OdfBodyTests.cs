using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// A body sent without a Content-Length (chunked) takes the bounded read; one with a length is read into an array of
/// that size. Both end the same way: stored, or refused above 10 MB.
/// </summary>
public sealed class OdfBodyTests : IAsyncLifetime
{
    private static readonly string _key = OdfMessages.KeyOf();
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await OdfSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_chunked_body_is_read_to_its_end_and_stored(bool gzip)
    {
        // Longer than any one read: a reader that kept only its first buffer would store a truncated, unreadable message.
        var padding = new string('x', 200_000);
        var xml = Encoding.UTF8.GetBytes(OdfMessages.Xml(1).Replace("<Competition", $"<!--{padding}--><Competition", StringComparison.Ordinal));
        using var request = Post(new ChunkedContent(gzip ? OdfSilo.Gzip(xml) : xml), gzip);

        var response = await _silo.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        request.Content!.Headers.ContentLength.ShouldBeNull();
        var stored = (await _silo.StreamAsync(_key)).ShouldHaveSingleItem();
        stored.Data.ShouldContain(padding);
    }

    [Fact]
    public async Task A_chunked_body_over_10_MB_is_a_413_and_nothing_is_stored()
    {
        var xml = OdfMessages.Xml(1).Replace("<Competition", $"<!--{new string('x', 10 * 1024 * 1024)}--><Competition", StringComparison.Ordinal);
        using var request = Post(new ChunkedContent(Encoding.UTF8.GetBytes(xml)), gzip: false);

        var response = await _silo.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await _silo.StreamAsync(_key)).ShouldBeEmpty();
    }

    private static HttpRequestMessage Post(HttpContent content, bool gzip)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = content };
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }

        request.Headers.Add("X-API-KEY", OdfSilo.Key);
        return request;
    }

    // Content whose length is not known in advance, so the client sends it with chunked transfer encoding.
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var at = 0; at < body.Length; at += 4096)
            {
                await stream.WriteAsync(body.AsMemory(at, Math.Min(4096, body.Length - at)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
