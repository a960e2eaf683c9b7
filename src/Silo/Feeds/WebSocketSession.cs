using System.Net.WebSockets;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// One open feed WebSocket: the same hub subscription, filter, embargo, revocation, heartbeats and delivery records as
/// an SSE stream. The server only sends; it reads only to see the client's close. It closes with PolicyViolation when
/// the key is revoked and with NormalClosure when the silo stops or the client closed first.
/// </summary>
internal sealed class WebSocketSession(
    FeedHub hub, FeedDeliveryRecorder recorder, FeedAccess access, FeedStreamWatch watcher, TimeProvider time, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan _closeHandshake = TimeSpan.FromSeconds(2);

    public async Task RunAsync(WebSocket socket, FeedConsumer consumer, FeedStreamId stream, FeedStart start, CancellationToken aborted)
    {
        using var writer = new WebSocketWriter(socket, aborted);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        using var subscription = hub.Subscribe(consumer, stream, start);
        using var sample = recorder.Join(consumer, "websocket");
        var receive = ReceiveUntilClosedAsync(socket, stop, aborted);
        // Disposed before the close and the writer: a heartbeat in flight finishes first.
        await using (var watched = watcher.Watch(consumer, writer.HeartbeatAsync, stop))
        {
            try
            {
                await FeedPump.RunAsync(subscription, consumer, access, sample, watched, time, writer.MessagesAsync, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Client gone or closing, key revoked or silo stopping: the stream ends.
            }
            catch (WebSocketException)
            {
                // The client went away mid-send.
            }
            finally
            {
                await stop.CancelAsync();
            }
        }

        await CloseAsync(socket, access.IsRevoked(consumer), receive);
    }

    private static async Task CloseAsync(WebSocket socket, bool revoked, Task receive)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        var (status, reason) = revoked
            ? (WebSocketCloseStatus.PolicyViolation, "key revoked")
            : (WebSocketCloseStatus.NormalClosure, "stream ended");
        try
        {
            // CloseOutput, not Close: the receive loop is still reading and takes the client's answering close frame.
            using var handshake = new CancellationTokenSource(_closeHandshake);
            await socket.CloseOutputAsync(status, reason, handshake.Token);
            await receive.WaitAsync(handshake.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            socket.Abort();
        }
    }

    // The client sends nothing the feed uses; reading lets the socket see its close frame (and answer pings).
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop, CancellationToken aborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, aborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is gone.
        }

        try
        {
            await stop.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The stream already ended.
        }
    }
}
