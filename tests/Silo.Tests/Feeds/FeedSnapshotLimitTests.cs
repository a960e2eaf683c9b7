using System.Net;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class FeedSnapshotLimitTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync("--Feeds:SnapshotRequestsPerSecond=2");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Snapshot_requests_over_the_per_key_rate_get_429_with_Retry_After_while_other_keys_are_served()
    {
        var path = FeedSilo.SnapshotPath(OdfMessages.KeyOf());
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8 && refused is null; i++)
        {
            var response = await _silo.Http.GetAsync(path, FeedSilo.CisKey);
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        using var other = await _silo.Http.GetAsync(path, FeedSilo.FeedKey);

        refused.ShouldNotBeNull($"statuses: {string.Join(", ", statuses)}");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
