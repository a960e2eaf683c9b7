using Orleans.Configuration;

namespace Olympics.Orleans.Silo.Hosting.Clustering;

/// <summary>
/// The cluster's failure detection, tightened from Orleans' defaults so that a silo that dies is declared dead, and
/// its grains answer from the survivors, within seconds (docs/operations.md, "A cluster of silos", has the
/// measurements). Every value can be set under Orleans:Membership.
/// </summary>
internal static class FailureDetection
{
    public static void Apply(ClusterMembershipOptions o)
    {
        // Probes every second; two missed in a row make a silo suspect it. Votes stay at Orleans' two (capped by
        // Orleans at half the active silos), so one silo with a bad network cannot evict a healthy one alone.
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 2;
        // Silos read the table every 2 s, so a death declared by others reaches them quickly even without gossip.
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }
}
