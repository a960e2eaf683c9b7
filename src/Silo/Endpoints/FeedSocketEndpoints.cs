using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Results feeds over WebSocket: the SSE stream's messages, tiers, resume and revocation, one text frame per message.</summary>
internal static class FeedSocketEndpoints
{
    public static void MapFeedSocketEndpoints(this WebApplication app)
    {
        app.MapGet("/feeds/ws", Connect).WithTags("Feeds").RequireAuthorization(SiloPolicies.FeedConsumer)
            .WithDescription("Send a WebSocket upgrade (GET with Upgrade: websocket); the silo answers 101 Switching Protocols, then one JSON text frame per message.")
            .Produces(StatusCodes.Status101SwitchingProtocols)
            .ProducesValidationProblem().ProducesProblem(429).ProducesUnavailable()
            .WithSummary("WebSocket of ODF messages for the key's tier and filter (key in X-API-KEY, or a token from POST /auth/token in ?access_token=), of ?stream=feed (default), session/<code> or discipline/<code>; one JSON text frame per message with its resume token; resume with ?after=, start at ?day=yyyy-MM-dd, or at the live edge with ?from=now");
    }

    private static async Task<IResult> Connect(
        HttpContext http, FeedConsumerKeys keys, FeedLimits limits, FeedOptions options, WebSocketSession session, string? after, string? day, string? from, string? stream)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem(statusCode: 400, title: "Not a WebSocket request", detail: "GET /feeds/ws needs a WebSocket upgrade; /feeds/sse serves plain HTTP.");
        }

        var consumer = keys.Of(http.User);
        var streamId = FeedStreamParameter.Parse(stream);
        if (FeedStreamParameter.Refusal(consumer, streamId) is { } refused)
        {
            return refused;
        }

        var start = FeedEndpoints.StartOf(after, "after", day, from);
        using var lease = limits.OpenConnection(consumer.Name);
        if (!lease.IsAcquired)
        {
            return FeedLimits.TooMany(lease, $"Consumer '{consumer.Name}' has as many open streams as it may.", TimeSpan.FromSeconds(5));
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = options.HeartbeatInterval });
        await session.RunAsync(socket, consumer, streamId, start, http.RequestAborted);
        return TypedResults.Empty;
    }
}
