using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Silo.Tests.Push;

/// <summary>A partner's ODF receiver on loopback: keeps every POST it gets and answers what the test tells it to.</summary>
public sealed class FakePartner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _scripted = new();

    private FakePartner(WebApplication app) => _app = app;

    /// <summary>Every POST, in arrival order, with the status it was answered.</summary>
    public ConcurrentQueue<PartnerRequest> Received { get; } = new();

    /// <summary>The answer once the scripted ones are used up.</summary>
    public int DefaultStatus { get; set; } = 200;

    /// <summary>The XML bodies answered 200, in order.</summary>
    public IReadOnlyList<string> Accepted => [.. Received.Where(r => r.Status == 200).Select(r => r.Xml)];

    public string Url => _app.Address() + "/odf";

    public static async Task<FakePartner> StartAsync()
    {
        var app = LoopbackApp.Create();
        var partner = new FakePartner(app);
        app.MapPost("/odf", async (HttpRequest request) =>
        {
            var at = DateTimeOffset.UtcNow;
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var encoding = request.Headers.ContentEncoding.ToString();
            var xml = encoding == "gzip" ? Gunzip(buffer.ToArray()) : Encoding.UTF8.GetString(buffer.ToArray());
            var status = partner._scripted.TryDequeue(out var scripted) ? scripted : partner.DefaultStatus;
            partner.Received.Enqueue(new PartnerRequest(at, request.Headers["X-API-KEY"].ToString(), encoding, xml, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return partner;
    }

    /// <summary>The next POSTs are answered with these statuses, in order.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _scripted.Enqueue(status);
        }
    }

    /// <summary>Waits (bounded) until a received request matches.</summary>
    public async Task<PartnerRequest> WaitForAsync(Func<PartnerRequest, bool> match, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"The partner received no matching request in {seconds} s; it received {Received.Count}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static string Gunzip(byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One POST a partner received.</summary>
public sealed record PartnerRequest(DateTimeOffset At, string ApiKey, string ContentEncoding, string Xml, int Status)
{
    /// <summary>Whether the body is a version of the document with this DocumentCode and Version.</summary>
    public bool Is(string code, int version) =>
        Xml.Contains($"DocumentCode=\"{code}\"", StringComparison.Ordinal) && Xml.Contains($"Version=\"{version}\"", StringComparison.Ordinal);
}
