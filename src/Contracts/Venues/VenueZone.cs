namespace Olympics.Orleans.Contracts.Venues;

/// <summary>A numbered zone within a venue (e.g. 1 field of play, 4 VIP lounge); accreditations grant zones by number.</summary>
/// <param name="Number">The zone number, 1 to 999.</param>
/// <param name="Name">The zone's name, 1 to 100 characters.</param>
public sealed record VenueZone(int Number, string Name);

/// <summary>The HTTP body that defines a zone; the number is in the path.</summary>
/// <param name="Name">The zone's name.</param>
public sealed record DefineZoneRequest(string Name);
