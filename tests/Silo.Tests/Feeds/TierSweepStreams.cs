using System.Net;
using Olympics.Orleans.Client;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>When a stream delivered the new DT_RESULT (version 2) to a caller, or that it refused the caller.</summary>
internal sealed record StreamArrival(string Transport, Caller Caller, DateTimeOffset? ReceivedAt, bool Refused);

/// <summary>The streaming ways to read results, opened before T for each caller of the tier sweep: SSE, WebSocket, the SDK subscription.</summary>
internal static class TierSweepStreams
{
    public static Task<StreamArrival[]> Start(HttpClient http, IReadOnlyList<Caller> callers, CancellationToken ct) => Task.WhenAll(callers.SelectMany(c => new[]
    {
        Arrival("SSE", c, () => SseAsync(http, c, ct)),
        Arrival("WebSocket", c, () => WebSocketAsync(http, c, ct)),
        Arrival("SDK SubscribeResultsAsync", c, () => SdkAsync(c, ct)),
    }));

    private static bool IsNew(FeedMessageView message) => message.DocumentType == "DT_RESULT" && message.Version == 2;

    private static async Task<StreamArrival> Arrival(string transport, Caller caller, Func<Task<(DateTimeOffset?, bool)>> read)
    {
        var (at, refused) = await read();
        return new StreamArrival(transport, caller, at, refused);
    }

    private static async Task<(DateTimeOffset?, bool)> SseAsync(HttpClient http, Caller caller, CancellationToken ct)
    {
        if (caller.Key is null || caller.Name == "revoked")
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/sse");
            if (caller.Key is not null)
            {
                request.Headers.Add("X-API-KEY", caller.Key);
            }

            using var refused = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return (null, refused.StatusCode == HttpStatusCode.Unauthorized);
        }

        await using var sse = await SseClient.OpenAsync(http, caller.Key);
        while (!ct.IsCancellationRequested && await sse.NextAsync(30) is { } next)
        {
            if (IsNew(next.Data))
            {
                return (next.ReceivedAt, false);
            }
        }

        return (null, false);
    }

    private static async Task<(DateTimeOffset?, bool)> WebSocketAsync(HttpClient http, Caller caller, CancellationToken ct)
    {
        if (caller.Key is null || caller.Name == "revoked")
        {
            return (null, await WebSocketClient.RefusedAsync(http, caller.Key) == HttpStatusCode.Unauthorized);
        }

        await using var socket = await WebSocketClient.OpenAsync(http, caller.Key);
        while (!ct.IsCancellationRequested && await socket.NextAsync(30) is { } next)
        {
            if (IsNew(next.Data))
            {
                return (next.ReceivedAt, false);
            }
        }

        return (null, false);
    }

    private static async Task<(DateTimeOffset?, bool)> SdkAsync(Caller caller, CancellationToken ct)
    {
        try
        {
            await foreach (var message in caller.Client.SubscribeResultsAsync(null, ct))
            {
                if (IsNew(message.Message))
                {
                    return (DateTimeOffset.UtcNow, false);
                }
            }
        }
        catch (OlympicsApiException e) when (e.Status == HttpStatusCode.Unauthorized)
        {
            return (null, true);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }

        return (null, false);
    }
}
