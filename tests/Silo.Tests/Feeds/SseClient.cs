using System.Net;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>One received SSE event, with the local time it was read.</summary>
internal sealed record SseEvent(string Id, string Event, FeedMessageView Data, DateTimeOffset ReceivedAt);

/// <summary>An open SSE stream read line by line; every wait is bounded by a deadline.</summary>
internal sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string? key, string query = "", string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/sse" + query);
        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }

    public static async Task<SseClient> OpenAsync(HttpClient http, string? key, string query = "", string? lastEventId = null)
    {
        var response = await SendAsync(http, key, query, lastEventId);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/event-stream");
        return new SseClient(response, await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The next event, skipping comment lines; null when the server ended the stream.</summary>
    public async Task<SseEvent?> NextAsync(int seconds = 10)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        string? id = null, type = null, data = null;
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0 && data is not null)
            {
                var view = JsonSerializer.Deserialize<FeedMessageView>(data, SiloHttp.Json)!;
                return new SseEvent(id!, type!, view, DateTimeOffset.UtcNow);
            }

            if (line.StartsWith("id: ", StringComparison.Ordinal)) { id = line[4..]; }
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) { type = line[7..]; }
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) { data = line[6..]; }
        }

        return null;
    }

    /// <summary>The next comment line (a heartbeat); null when the stream ended first.</summary>
    public async Task<string?> NextCommentAsync(Func<string, bool> wanted, int seconds = 10)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith(':') && wanted(line))
            {
                return line;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
