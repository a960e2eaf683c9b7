using System.Net;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>
/// A silo that stops (SIGTERM in production, a rolling restart) tells its SSE subscribers to reconnect; WebSocketFeedTests
/// shows the same for WebSockets.
/// </summary>
public sealed class FeedStopTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stopping_silo_ends_its_SSE_streams_with_a_stopping_event_that_sets_the_reconnect_delay()
    {
        await using var silo = await FeedSilo.StartAsync();
        using var response = await SseClient.SendAsync(silo.Http, FeedSilo.CisKey);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        (await reader.ReadLineAsync(Ct)).ShouldBe(": open");

        var stopping = silo.App.StopAsync(Ct);
        var rest = await reader.ReadToEndAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct); // a bound on a hang
        await stopping;

        rest.ShouldContain("event: stopping\nretry: 1000\n", customMessage: "EventSource clients reconnect after a second, with their Last-Event-ID");
        rest.TrimEnd().ShouldEndWith("}", customMessage: "the stopping event is the stream's last");
    }
}
