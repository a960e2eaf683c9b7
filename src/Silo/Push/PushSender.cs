using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Push;

/// <summary>One POST of one ODF message to a partner, as the ODF transport does it: gzip, X-API-KEY, the XML as body.</summary>
internal static class PushSender
{
    /// <summary>True when the partner answered 200; false for any other answer or a failed connection.</summary>
    public static async Task<bool> PostAsync(HttpClient http, PushPartner partner, FeedMessage message, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, partner.Url) { Content = new ByteArrayContent(Gzip(message.Xml)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-API-KEY", partner.ApiKey);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false; // the request timed out
        }
    }

    private static byte[] Gzip(string xml)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(xml));
        }

        return output.ToArray();
    }
}
