using Olympics.Orleans.Contracts.Cluster;
using Olympics.Orleans.GrainInterfaces.Cluster;
using Orleans.Runtime;
using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>The operators' view of the cluster: its silos, and where a probe grain answers from (admin key only).</summary>
internal static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this WebApplication app)
    {
        var cluster = app.MapGroup("/admin/cluster").WithTags("Cluster").RequireAuthorization(SiloPolicies.Operator).ProducesUnavailable();

        cluster.MapGet("/", async (IGrainFactory grains, ILocalSiloDetails local) =>
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
            var silos = hosts
                .OrderByDescending(h => h.StartTime)
                .Select(h => new ClusterSiloView(h.SiloAddress.ToString(), h.SiloName, h.HostName, h.Status.ToString(),
                    new DateTimeOffset(h.StartTime, TimeSpan.Zero), new DateTimeOffset(h.IAmAliveTime, TimeSpan.Zero)))
                .ToList();
            return TypedResults.Ok(new ClusterView(local.SiloAddress.ToString(), silos));
        });

        cluster.MapGet("/probes/{key}", async (string key, IGrainFactory grains, ILocalSiloDetails local) =>
        {
            var silo = await grains.GetGrain<IClusterProbeGrain>(key).GetSiloAsync();
            return TypedResults.Ok(new ClusterProbeView(key, silo, local.SiloAddress.ToString()));
        });
    }
}
