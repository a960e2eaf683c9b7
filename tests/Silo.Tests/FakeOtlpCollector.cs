using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Silo.Tests;

/// <summary>An OTLP/HTTP receiver on loopback that keeps what exporters post, by path.</summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOtlpCollector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

    public string Endpoint => _app.Address() + "/";

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var app = LoopbackApp.Create();
        var collector = new FakeOtlpCollector(app);
        app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            collector.Received.Enqueue((request.Path, buffer.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return collector;
    }

    /// <summary>Waits (bounded) until a payload posted to <paramref name="path"/> contains <paramref name="text"/>.</summary>
    public async Task<bool> WaitForAsync(string path, string text, int seconds = 30)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (Received.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0))
            {
                return true;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
