using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// Writes feed text frames: each message is the SSE view with its resume token added. The message loop and the heartbeat
/// share the socket, which allows one send at a time, so each write holds a gate.
/// </summary>
internal sealed class WebSocketWriter(WebSocket socket, CancellationToken aborted) : IDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly byte[] _heartbeat = JsonSerializer.SerializeToUtf8Bytes(new { type = "heartbeat" }, _json);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The frame of a message: <c>{token, documentKey, version, documentType, resultStatus, withdrawn, storedAt, xml}</c>.</summary>
    public static byte[] Frame(FeedMessage message)
    {
        var view = JsonSerializer.SerializeToNode(FeedMessageView.Of(message), _json)!.AsObject();
        view.Insert(0, "token", message.Token);
        return JsonSerializer.SerializeToUtf8Bytes(view, _json);
    }

    public Task MessageAsync(FeedMessage message, CancellationToken ct) => SendAsync(Frame(message), ct);

    public Task HeartbeatAsync(CancellationToken ct) => SendAsync(_heartbeat, ct);

    private async Task SendAsync(byte[] frame, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            // Cancelling a send aborts the socket, so only a client that is gone cancels it; ending the stream for
            // any other reason lets the frame finish and then closes with a status.
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, aborted);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
