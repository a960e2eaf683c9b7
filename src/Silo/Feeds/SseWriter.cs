using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>Writes Server-Sent Events; the message loop and the heartbeat share it, so each write holds a gate.</summary>
internal sealed class SseWriter(HttpResponse response) : IDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task MessageAsync(FeedMessage message, CancellationToken ct) =>
        WriteAsync($"id: {message.Token}\nevent: odf\ndata: {JsonSerializer.Serialize(FeedMessageView.Of(message), _json)}\n\n", ct);

    public Task CommentAsync(string text, CancellationToken ct) => WriteAsync($": {text}\n\n", ct);

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
            await response.Body.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
