using System.Net;
using System.Text;
using System.Threading.Channels;

namespace Olympics.Orleans.Silo.Tests.Simulation;

/// <summary>A stand-in for a silo on loopback: answers each POST with the next scripted status, and records it.</summary>
internal sealed class ScriptedSilo(params HttpStatusCode[] script) : HttpMessageHandler
{
    private int _requests;

    public Channel<string> Received { get; } = Channel.CreateUnbounded<string>();

    public HttpClient Client() => new(this) { BaseAddress = new Uri("http://127.0.0.1:5080") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        var status = index < script.Length ? script[index] : HttpStatusCode.OK;
        await Received.Writer.WriteAsync(request.Headers.GetValues("X-API-KEY").Single(), cancellationToken);
        return new HttpResponseMessage(status)
        {
            Content = new StringContent(status == HttpStatusCode.OK ? "{\"outcome\":\"Stored\"}" : "{\"title\":\"busy\"}", Encoding.UTF8, "application/json"),
        };
    }
}
