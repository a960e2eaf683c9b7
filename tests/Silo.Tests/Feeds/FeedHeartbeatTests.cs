namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class FeedHeartbeatTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync("--Feeds:HeartbeatInterval=00:00:00.2");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task An_idle_stream_gets_heartbeat_comment_lines()
    {
        await using var idle = await SseClient.OpenAsync(_silo.Http, FeedSilo.CisKey);

        var heartbeat = await idle.NextCommentAsync(line => line.Contains("heartbeat", StringComparison.Ordinal));

        heartbeat.ShouldBe(": heartbeat");
    }
}
