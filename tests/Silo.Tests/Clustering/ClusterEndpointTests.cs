using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Cluster;
using Olympics.Orleans.Silo.Tests.Feeds;

namespace Olympics.Orleans.Silo.Tests.Clustering;

/// <summary>The operators' view of the cluster on one silo; tests/Cluster.Tests uses it on three.</summary>
public sealed class ClusterEndpointTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Theory]
    [InlineData("/admin/cluster")]
    [InlineData("/admin/cluster/probes/p1")]
    public async Task Without_the_admin_key_the_cluster_is_not_shown(string path)
    {
        using var anonymous = await GetAsync(path, null);
        using var consumer = await GetAsync(path, FeedSilo.CisKey);

        (anonymous.StatusCode, consumer.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), "no key, then a consumer's key");
    }

    [Fact]
    public async Task A_silo_alone_shows_itself_active_and_a_probe_answering_from_it()
    {
        using var response = await GetAsync("/admin/cluster", FeedSilo.AdminKey);
        var cluster = (await response.Content.ReadFromJsonAsync<ClusterView>(Ct))!;
        using var probed = await GetAsync("/admin/cluster/probes/p1", FeedSilo.AdminKey);
        var probe = (await probed.Content.ReadFromJsonAsync<ClusterProbeView>(Ct))!;

        var silo = cluster.Silos.ShouldHaveSingleItem();
        silo.Address.ShouldBe(cluster.Silo);
        silo.Status.ShouldBe("Active");
        silo.LastAliveAt.ShouldBeGreaterThanOrEqualTo(silo.StartedAt);
        probe.ShouldBe(new ClusterProbeView("p1", cluster.Silo, cluster.Silo));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        return await _silo.Http.SendAsync(request, Ct);
    }
}
