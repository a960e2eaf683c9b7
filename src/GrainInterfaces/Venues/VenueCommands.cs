using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.GrainInterfaces.Venues;

/// <summary>Register a venue with its name, IANA time zone (e.g. "Europe/Paris", "Pacific/Tahiti") and spectator capacity.</summary>
/// <param name="Name">The venue's name, 1 to 100 characters.</param>
/// <param name="TimeZone">An IANA time zone id.</param>
/// <param name="Capacity">Spectator seats, 0 or more.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RegisterVenue")]
public sealed record RegisterVenue(string Name, string TimeZone, int Capacity, DateTimeOffset At);

/// <summary>Change a venue's operational status, saying why.</summary>
/// <param name="Status">The new status.</param>
/// <param name="Reason">Why, for the audit trail; 1 to 500 characters.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ChangeVenueStatus")]
public sealed record ChangeVenueStatus(VenueStatus Status, string Reason, DateTimeOffset At);

/// <summary>
/// Record a keep-alive (ODF DT_KA) from the results system that speaks for a venue (<c>IVenueGrain</c>) or a discipline
/// (<c>IDisciplineGrain</c>): its feed is alive as of <paramref name="At"/>. A keep-alive no later than the last one
/// recorded changes nothing.
/// </summary>
/// <param name="Source">The results system that sent it (the ODF Source), 1 to 40 letters, digits, '_' or '-'.</param>
/// <param name="At">When the keep-alive was received (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RecordKeepAlive")]
public sealed record RecordKeepAlive(string Source, DateTimeOffset At);

/// <summary>Define a zone, or rename it when its number exists. The same name again changes nothing.</summary>
/// <param name="Number">The zone number, 1 to 999.</param>
/// <param name="Name">The zone's name, 1 to 100 characters.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.DefineZone")]
public sealed record DefineZone(int Number, string Name, DateTimeOffset At);

/// <summary>Remove a zone; removing a zone that does not exist changes nothing.</summary>
/// <param name="Number">The zone number.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RemoveZone")]
public sealed record RemoveZone(int Number, DateTimeOffset At);
