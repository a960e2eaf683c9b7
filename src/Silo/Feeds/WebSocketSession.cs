using System.Net.WebSockets;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// One open feed WebSocket: the same hub subscription, filter, embargo, revocation, heartbeats and delivery records as
/// an SSE stream. The server only sends; it reads only to see the client's close. It closes with PolicyViolation when
/// the key is revoked, with 1013 (try again later) and "lagging; resume after TOKEN" when the stream fell more than
/// <see cref="FeedOptions.MaxLag"/> behind, and with NormalClosure when the silo stops or the client closed first.
/// </summary>
internal sealed class WebSocketSession(
    FeedHub hub, FeedDeliveryRecorder recorder, FeedAccess access, FeedStreamWatch watcher, FeedEmbargo embargo, FeedOptions options,
    TimeProvider time, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan _closeHandshake = TimeSpan.FromSeconds(2);

    // RFC 6455's registry: "Try Again Later", and "Service Restart" (reconnect, e.g. to another silo).
    private const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;
    private const WebSocketCloseStatus ServiceRestart = (WebSocketCloseStatus)1012;

    public async Task RunAsync(WebSocket socket, FeedConsumer consumer, FeedStreamId stream, FeedStart start, CancellationToken aborted)
    {
        using var writer = new WebSocketWriter(socket, aborted);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        using var subscription = hub.Subscribe(consumer, stream, start);
        using var sample = recorder.Join(consumer, "websocket");
        var receive = ReceiveUntilClosedAsync(socket, stop, aborted);
        // Disposed before the close and the writer: a heartbeat in flight finishes first.
        var end = default(FeedPumpEnd);
        await using (var watched = watcher.Watch(consumer, writer.HeartbeatAsync, stop))
        {
            try
            {
                var lag = new FeedLag(embargo, consumer.Tier, options.MaxLag);
                end = await FeedPump.RunAsync(subscription, consumer, access, sample, watched, lag, time, writer.MessagesAsync, stop.Token);
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

        var (status, reason) = access.IsRevoked(consumer) ? (WebSocketCloseStatus.PolicyViolation, "key revoked")
            : end.Lagging ? (TryAgainLater, $"lagging; resume after {end.LastToken}")
            : lifetime.ApplicationStopping.IsCancellationRequested ? (ServiceRestart, "silo stopping; reconnect and resume after your last token")
            : (WebSocketCloseStatus.NormalClosure, "stream ended");
        await CloseAsync(socket, status, reason, receive);
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason, Task receive)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

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
