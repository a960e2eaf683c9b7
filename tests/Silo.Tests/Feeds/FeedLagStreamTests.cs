using System.Net;
using Olympics.Orleans.Silo.Tests.Odf;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>The lag policy over real SSE and WebSocket streams: a subscriber that stops reading while results flow is closed with a resume hint.</summary>
public sealed class FeedLagStreamTests
{
    private const int Messages = 400;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_live_subscriber_that_stops_reading_is_closed_with_the_token_to_resume_after_and_resumes_with_the_next_message()
    {
        await using var silo = await FeedSilo.StartAsync("--Feeds:MaxLag=00:00:01");
        using var response = await SseClient.SendAsync(silo.Http, FeedSilo.CisKey);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        await PostAsync(silo, 1);
        (await ReadUntilAsync(reader, line => line.StartsWith("id: ", StringComparison.Ordinal))).ShouldNotBeNull("the first message, live");

        // The subscriber stops reading: the silo's writes fill the socket and wait, and what it sends after the wait
        // is older than the maximum lag.
        for (var version = 2; version <= Messages; version++)
        {
            await PostAsync(silo, version);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var (ids, lagging) = await ReadToEndAsync(reader);

        lagging.ShouldNotBeNull("the stream must end with a lagging event");
        lagging.ResumeAfter.ShouldBe(ids[^1], "the hint names the last message the stream sent");
        lagging.MaxLagSeconds.ShouldBe(1);
        ids.Count.ShouldBeLessThan(Messages - 1, "the stream was closed before it had sent everything");
        await using var resumed = await SseClient.OpenAsync(silo.Http, FeedSilo.CisKey, lastEventId: lagging.ResumeAfter);
        var next = await resumed.NextAsync();
        next.ShouldNotBeNull();
        next.Data.Version.ShouldBe(ids.Count + 1 + 1, "exactly the message after the last one sent (version 1 was read before)");
    }

    [Fact]
    public async Task A_live_websocket_that_stops_reading_is_closed_with_1013_and_the_token_to_resume_after()
    {
        await using var silo = await FeedSilo.StartAsync("--Feeds:MaxLag=00:00:01");
        await using var socket = await WebSocketClient.OpenAsync(silo.Http, FeedSilo.CisKey);
        await PostAsync(silo, 1);
        (await socket.NextAsync()).ShouldNotBeNull("the first message, live");

        for (var version = 2; version <= Messages; version++)
        {
            await PostAsync(silo, version);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var tokens = new List<string>();
        while (await socket.NextAsync(60) is { } frame)
        {
            tokens.Add(frame.Token);
        }

        ((int?)socket.CloseStatus).ShouldBe(1013);
        tokens.Count.ShouldBeLessThan(Messages - 1, "the socket was closed before it had sent everything");
        socket.CloseStatusDescription.ShouldBe($"lagging; resume after {tokens[^1]}");
    }

    // About 20 KB a message, so that a few hundred of them fill the socket's buffers.
    private static async Task PostAsync(RunningSilo silo, int version)
    {
        var header = OdfMessages.Header(version);
        header["Padding"] = new string('x', 20_000);
        (await silo.Http.PostAsync(OdfMessages.Xml(header))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string?> ReadUntilAsync(StreamReader reader, Func<string, bool> wanted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (wanted(line))
            {
                return line;
            }
        }

        return null;
    }

    // The ids of the odf events read after the first, and the lagging event's data, until the silo ends the stream.
    private static async Task<(List<string> Ids, FeedLagging? Lagging)> ReadToEndAsync(StreamReader reader)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        var (ids, lagging, type) = (new List<string>(), (FeedLagging?)null, (string?)null);
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                ids.Add(line[4..]);
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "lagging")
            {
                lagging = JsonSerializer.Deserialize<FeedLagging>(line[6..], JsonSerializerOptions.Web);
            }
        }

        return (ids, lagging);
    }
}
