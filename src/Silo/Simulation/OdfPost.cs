using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Olympics.Orleans.Silo.Simulation;

/// <summary>One ODF POST as the transport sends it: XML, gzip when asked, the source's X-API-KEY; and its answer's outcome.</summary>
internal static class OdfPost
{
    public static HttpRequestMessage Request(byte[] body, string key, bool gzip)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        request.Headers.Add("X-API-KEY", key);
        return request;
    }

    public static string Outcome(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("outcome", out var outcome) ? outcome.ToString() : "?";
    }

    public static byte[] Gzip(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
