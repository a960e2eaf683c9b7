using System.Net.WebSockets;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// Writes feed text frames: each message is the SSE view with its resume token added, encoded once per message and
/// shared by every socket. The message loop and the heartbeat share the socket, which allows one send at a time, so
/// each write holds a gate.
/// </summary>
internal sealed class WebSocketWriter(WebSocket socket, CancellationToken aborted) : IDisposable
{
    private static readonly byte[] _heartbeat = """{"type":"heartbeat"}"""u8.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Sends the batch, one text message per feed message (the WebSocket protocol has no way to flush them together).</summary>
    public async Task MessagesAsync(IReadOnlyList<FeedEntry> batch, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            foreach (var entry in batch)
            {
                // Cancelling a send aborts the socket, so only a client that is gone cancels it; ending the stream for
                // any other reason lets the frame finish and then closes with a status.
                await socket.SendAsync(entry.SocketFrame, WebSocketMessageType.Text, endOfMessage: true, aborted);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task HeartbeatAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await socket.SendAsync(_heartbeat, WebSocketMessageType.Text, endOfMessage: true, aborted);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
