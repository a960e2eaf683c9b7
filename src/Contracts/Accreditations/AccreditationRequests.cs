namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>The HTTP body of an application; the silo stamps the time.</summary>
/// <param name="Name">The holder's name.</param>
/// <param name="Category">The category.</param>
/// <param name="Function">The function code.</param>
/// <param name="Noc">The NOC code, or null.</param>
/// <param name="Organisation">The organisation, or null.</param>
/// <param name="ValidFrom">First valid day.</param>
/// <param name="ValidUntil">Last valid day.</param>
/// <param name="Reason">Why.</param>
public sealed record ApplyForAccreditationRequest(
    string Name, AccreditationCategory Category, string Function, string? Noc, string? Organisation, DateOnly ValidFrom, DateOnly ValidUntil, string Reason);

/// <summary>The HTTP body of a transition that needs only a reason.</summary>
/// <param name="Reason">Why.</param>
public sealed record ReasonRequest(string Reason);

/// <summary>The HTTP body of an approval or a change of privileges.</summary>
/// <param name="Privileges">The privileges.</param>
/// <param name="Reason">Why.</param>
public sealed record PrivilegesRequest(Privileges Privileges, string Reason);

/// <summary>The HTTP body of an arrival validation.</summary>
/// <param name="DocumentType">The identity document checked.</param>
/// <param name="DocumentNumber">Its number.</param>
/// <param name="Reason">Why.</param>
public sealed record ValidateArrivalRequest(string DocumentType, string DocumentNumber, string Reason);

/// <summary>The HTTP body granting a time window.</summary>
/// <param name="Venue">The venue code.</param>
/// <param name="Zones">Zones within the window.</param>
/// <param name="From">Start (inclusive).</param>
/// <param name="Until">End (exclusive).</param>
/// <param name="Reason">Why.</param>
public sealed record GrantVenueAccessRequest(string Venue, IReadOnlyList<int> Zones, DateTimeOffset From, DateTimeOffset Until, string Reason);

/// <summary>The HTTP body ending a venue's time windows.</summary>
/// <param name="Venue">The venue code.</param>
/// <param name="EffectiveAt">When the access ends.</param>
/// <param name="Reason">Why.</param>
public sealed record EndVenueAccessRequest(string Venue, DateTimeOffset EffectiveAt, string Reason);
