namespace Olympics.Orleans.Contracts.Disciplines;

/// <summary>
/// A discipline as the operations center watches it: the last keep-alive (ODF DT_KA) of the results system that speaks
/// for it. A feed silent for longer than its keep-alive period raises an alert.
/// </summary>
/// <param name="Code">The 3-letter discipline code, e.g. ATH.</param>
/// <param name="LastKeepAlive">When its results system's last keep-alive was received (UTC).</param>
/// <param name="Source">The results system that sent it (the ODF Source).</param>
/// <param name="Version">The discipline stream's version: how many keep-alives changed it.</param>
public sealed record DisciplineView(string Code, DateTimeOffset LastKeepAlive, string Source, long Version);
