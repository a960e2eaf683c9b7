using System.Net;

namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class ResultSnapshotLimitTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync("--Feeds:SnapshotRequestsPerSecond=2");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Theory]
    [InlineData("/feeds/medals")]
    [InlineData("/feeds/sessions/ATH01/results")]
    public async Task Results_snapshots_over_the_per_key_rate_get_429_with_Retry_After(string path)
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8 && refused is null; i++)
        {
            var response = await _silo.Http.GetAsync(path, FeedSilo.CisKey);
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        refused.ShouldNotBeNull($"statuses: {string.Join(", ", statuses)}");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        statuses[0].ShouldBe(HttpStatusCode.NotFound);
    }
}
