using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>A running silo with two producing sources and their keys, and how a venue posts to it.</summary>
internal static class OdfSilo
{
    public const string Source = "SEQ_ATH";
    public const string Key = "athletics-venue-key-0123456789";
    public const string OtherSource = "SEQ_SWM";
    public const string OtherKey = "aquatics-centre-key-9876543210";

    public static Task<RunningSilo> StartAsync() =>
        RunningSilo.StartAsync(null, $"--Odf:Sources:{Source}:ApiKey={Key}", $"--Odf:Sources:{OtherSource}:ApiKey={OtherKey}", $"--Admin:ApiKey={AdminKey}");

    /// <summary>The operators' key, which the unembargoed document view needs.</summary>
    public const string AdminKey = "admin-key-for-odf-tests-0001";

    /// <summary>GET of the admin document view, with the admin key.</summary>
    public static Task<HttpResponseMessage> GetDocumentAsync(this HttpClient http, string key, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, DocumentPath(key));
        request.Headers.Add("X-API-KEY", AdminKey);
        return http.SendAsync(request, ct);
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient http, string xml, string? key = Key, bool gzip = false) =>
        http.PostAsync(Encoding.UTF8.GetBytes(xml), key, gzip);

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient http, byte[] body, string? key = Key, bool gzip = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new ByteArrayContent(gzip ? Gzip(body) : body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    public static async Task<StoredEvent[]> StreamAsync(this RunningSilo silo, string key) =>
        await silo.Service<IEventStore>().ReadStreamAsync($"odf-{key}", ct: TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken);

    public static string DocumentPath(string key) => $"/odf/documents/{Uri.EscapeDataString(key)}";
}
