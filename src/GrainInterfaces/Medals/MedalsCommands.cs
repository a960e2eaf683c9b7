using Olympics.Orleans.Contracts.Medals;

namespace Olympics.Orleans.GrainInterfaces.Medals;

/// <summary>Replace the medal table with version <paramref name="Version"/> of the standings.</summary>
/// <param name="Version">The standings' ODF version, 1 or more; no higher than the one held changes nothing.</param>
/// <param name="Lines">One line per NOC, each NOC once.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ReplaceMedalTable")]
public sealed record ReplaceMedalTable(int Version, IReadOnlyList<MedalLine> Lines, DateTimeOffset At);

/// <summary>Withdraw the medal table as of version <paramref name="Version"/> (ODF: the standings were invalidated).</summary>
/// <param name="Version">The withdrawal's version; it applies at the version held (unless withdrawn already) or a higher one.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.WithdrawMedalTable")]
public sealed record WithdrawMedalTable(int Version, DateTimeOffset At);

/// <summary>Record the medallists of an event at version <paramref name="Version"/> of its medallists document.</summary>
/// <param name="Event">The event-level RSC (22 characters padded to 34).</param>
/// <param name="Version">The document's ODF version, 1 or more; no higher than the one held changes nothing.</param>
/// <param name="Medallists">Every medallist; a team's members each have a line. Ties give two of a medal.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RecordMedallists")]
public sealed record RecordMedallists(string Event, int Version, IReadOnlyList<Medallist> Medallists, DateTimeOffset At);

/// <summary>Withdraw the medallists of an event as of version <paramref name="Version"/>.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Version">The withdrawal's version; it applies at the version held (unless withdrawn already) or a higher one.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.WithdrawMedallists")]
public sealed record WithdrawMedallists(string Event, int Version, DateTimeOffset At);
