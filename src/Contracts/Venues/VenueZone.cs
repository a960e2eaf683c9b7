namespace Olympics.Orleans.Contracts.Venues;

/// <summary>A numbered zone within a venue (e.g. 1 field of play, 4 VIP lounge); accreditations grant zones by number.</summary>
/// <param name="Number">The zone number, 1 to 999.</param>
/// <param name="Name">The zone's name, 1 to 100 characters.</param>
public sealed record VenueZone(int Number, string Name);

/// <summary>Define a zone, or rename it when its number exists. The same name again changes nothing.</summary>
/// <param name="Number">The zone number, 1 to 999.</param>
/// <param name="Name">The zone's name, 1 to 100 characters.</param>
/// <param name="At">When the command was issued (UTC).</param>
public sealed record DefineZone(int Number, string Name, DateTimeOffset At);

/// <summary>Remove a zone; removing a zone that does not exist changes nothing.</summary>
/// <param name="Number">The zone number.</param>
/// <param name="At">When the command was issued (UTC).</param>
public sealed record RemoveZone(int Number, DateTimeOffset At);

/// <summary>The HTTP body that defines a zone; the number is in the path.</summary>
/// <param name="Name">The zone's name.</param>
public sealed record DefineZoneRequest(string Name);
