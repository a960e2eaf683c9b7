using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>One received feed frame: its resume token, the message view, and the local time it was read.</summary>
internal sealed record WebSocketFrame(string Token, FeedMessageView Data, DateTimeOffset ReceivedAt);

/// <summary>A real <see cref="ClientWebSocket"/> on /feeds/ws; every wait is bounded by a deadline.</summary>
internal sealed class WebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;

    private WebSocketClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public static Uri UriOf(HttpClient http, string query = "") =>
        new UriBuilder(new Uri(http.BaseAddress!, "/feeds/ws")) { Scheme = "ws", Query = query.TrimStart('?') }.Uri;

    /// <summary>Opens a socket, the key in the X-API-KEY header unless it is null (then pass it in the query).</summary>
    public static async Task<WebSocketClient> OpenAsync(HttpClient http, string? key, string query = "")
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (key is not null)
        {
            socket.Options.SetRequestHeader("X-API-KEY", key);
        }

        try
        {
            await socket.ConnectAsync(UriOf(http, query), TestContext.Current.CancellationToken);
            return new WebSocketClient(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The HTTP status of a refused upgrade.</summary>
    public static async Task<HttpStatusCode> RefusedAsync(HttpClient http, string? key, string query = "")
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (key is not null)
        {
            socket.Options.SetRequestHeader("X-API-KEY", key);
        }

        await Should.ThrowAsync<WebSocketException>(() => socket.ConnectAsync(UriOf(http, query), TestContext.Current.CancellationToken));
        return socket.HttpStatusCode;
    }

    /// <summary>The next feed message, skipping heartbeats; null when the server closed the socket.</summary>
    public async Task<WebSocketFrame?> NextAsync(int seconds = 10)
    {
        while (await NextTextAsync(seconds) is { } text)
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("token", out var token))
            {
                var view = document.RootElement.Deserialize<FeedMessageView>(SiloHttp.Json)!;
                return new WebSocketFrame(token.GetString()!, view, DateTimeOffset.UtcNow);
            }
        }

        return null;
    }

    /// <summary>The next text frame as it is; null when the server closed the socket.</summary>
    public async Task<string?> NextTextAsync(int seconds = 10)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, deadline.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", deadline.Token);
        }

        _socket.Dispose();
    }
}
