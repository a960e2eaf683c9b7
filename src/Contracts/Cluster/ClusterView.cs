namespace Olympics.Orleans.Contracts.Cluster;

/// <summary>The cluster as the answering silo's membership sees it (GET /admin/cluster).</summary>
/// <param name="Silo">The answering silo's Orleans address.</param>
/// <param name="Silos">Every silo in the membership table, dead ones too, newest first.</param>
public sealed record ClusterView(string Silo, IReadOnlyList<ClusterSiloView> Silos);

/// <summary>One silo of the cluster.</summary>
/// <param name="Address">Its Orleans address (ip:port@generation).</param>
/// <param name="Name">Its silo name.</param>
/// <param name="Host">The host it runs on.</param>
/// <param name="Status">Joining, Active, ShuttingDown, Stopping or Dead.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastAliveAt">Its last "I am alive" in the membership table.</param>
public sealed record ClusterSiloView(string Address, string Name, string Host, string Status, DateTimeOffset StartedAt, DateTimeOffset LastAliveAt);

/// <summary>Where a probe grain lives (GET /admin/cluster/probes/{key}).</summary>
/// <param name="Key">The probe's key.</param>
/// <param name="Silo">The silo its activation lives on.</param>
/// <param name="AnsweredBy">The silo that took the HTTP request.</param>
public sealed record ClusterProbeView(string Key, string Silo, string AnsweredBy);
