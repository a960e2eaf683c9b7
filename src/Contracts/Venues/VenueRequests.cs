namespace Olympics.Orleans.Contracts.Venues;

/// <summary>The HTTP body that registers a venue; the silo stamps the time.</summary>
/// <param name="Name">The venue's name, 1 to 100 characters.</param>
/// <param name="TimeZone">An IANA time zone id.</param>
/// <param name="Capacity">Spectator seats, 0 or more.</param>
public sealed record RegisterVenueRequest(string Name, string TimeZone, int Capacity);

/// <summary>The HTTP body that changes a venue's status; the silo stamps the time.</summary>
/// <param name="Status">The new status.</param>
/// <param name="Reason">Why, for the audit trail.</param>
public sealed record ChangeVenueStatusRequest(VenueStatus Status, string Reason);
