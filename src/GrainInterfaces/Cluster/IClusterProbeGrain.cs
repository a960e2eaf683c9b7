namespace Olympics.Orleans.GrainInterfaces.Cluster;

/// <summary>
/// An operator's probe of the cluster, keyed by any name: first activated on the silo that was asked, it answers from
/// wherever Orleans keeps it, so after that silo dies it shows its grains answering from a survivor.
/// </summary>
[Alias("olympics.IClusterProbeGrain")]
public interface IClusterProbeGrain : IGrainWithStringKey
{
    /// <summary>The silo this activation lives on (its Orleans address).</summary>
    [Alias("GetSilo")]
    Task<string> GetSiloAsync();
}
