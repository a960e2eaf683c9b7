using Olympics.Orleans.GrainInterfaces.Cluster;
using Orleans.Placement;

namespace Olympics.Orleans.Grains.Cluster;

/// <summary>Placed on the silo that first calls it, so a probe can be pinned to a chosen silo through its HTTP API.</summary>
[PreferLocalPlacement]
public sealed class ClusterProbeGrain : Grain, IClusterProbeGrain
{
    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);
}
