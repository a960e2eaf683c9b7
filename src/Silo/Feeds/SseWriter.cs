using System.Buffers;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// Writes Server-Sent Events: a batch of messages (their shared, pre-encoded frames) and one flush for all of them.
/// The message loop and the heartbeat share it, so each write holds a gate.
/// </summary>
internal sealed class SseWriter(HttpResponse response) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task MessagesAsync(IReadOnlyList<FeedEntry> batch, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var body = response.BodyWriter;
            // An indexed loop: a foreach over the interface would box an enumerator for every write.
            for (var i = 0; i < batch.Count; i++)
            {
                body.Write(batch[i].SseFrame.Span);
            }

            await body.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The last event of a stream closed for lagging: the token to resume after, and the lag allowed.</summary>
    public async Task LaggingAsync(string? resumeAfter, TimeSpan maxLag, CancellationToken ct)
    {
        var data = JsonSerializer.Serialize(new FeedLagging(resumeAfter, maxLag.TotalSeconds), JsonSerializerOptions.Web);
        await _gate.WaitAsync(ct);
        try
        {
            response.BodyWriter.Write(Encoding.UTF8.GetBytes($"event: lagging\ndata: {data}\n\n"));
            await response.BodyWriter.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The last event of a stream its silo closes because it is stopping: EventSource clients reconnect after
    /// <c>retry</c> milliseconds with their Last-Event-ID (behind a load balancer, to another silo); the SDK does the same.
    /// </summary>
    public async Task StoppingAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            response.BodyWriter.Write(Encoding.UTF8.GetBytes("event: stopping\nretry: 1000\ndata: {\"reason\":\"silo stopping; reconnect and resume after your last event id\"}\n\n"));
            await response.BodyWriter.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The first event of a stream opened at the live edge: its id is the token the stream starts after.</summary>
    public async Task StartAsync(string token, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            response.BodyWriter.Write(Encoding.UTF8.GetBytes($"event: start\nid: {token}\ndata: {{}}\n\n"));
            await response.BodyWriter.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task CommentAsync(string text, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            response.BodyWriter.Write(Encoding.UTF8.GetBytes($": {text}\n\n"));
            await response.BodyWriter.FlushAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
