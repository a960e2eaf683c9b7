namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>An accreditation as callers see it.</summary>
/// <param name="Number">The 8-digit accreditation number.</param>
/// <param name="Name">The holder's name.</param>
/// <param name="Category">The category.</param>
/// <param name="Function">The function code.</param>
/// <param name="Noc">The NOC code, or null.</param>
/// <param name="Organisation">The organisation, or null.</param>
/// <param name="ValidFrom">First valid day.</param>
/// <param name="ValidUntil">Last valid day.</param>
/// <param name="Status">The lifecycle status.</param>
/// <param name="Privileges">Venues, zones, transport and dining (none before approval).</param>
/// <param name="Windows">Time-limited venue access.</param>
/// <param name="CardNumber">The current card, "NNNNNNNN-S" with S the card's sequence; null before the first card.</param>
/// <param name="Version">The stream's version: how many changes it has seen.</param>
public sealed record AccreditationView(
    string Number, string Name, AccreditationCategory Category, string Function, string? Noc, string? Organisation,
    DateOnly ValidFrom, DateOnly ValidUntil, AccreditationStatus Status, Privileges Privileges,
    IReadOnlyList<TimeWindow> Windows, string? CardNumber, long Version);

/// <summary>One line of an accreditation list.</summary>
/// <param name="Number">The 8-digit accreditation number.</param>
/// <param name="Name">The holder's name.</param>
/// <param name="Category">The category.</param>
/// <param name="Function">The function code.</param>
/// <param name="Noc">The NOC code, or null.</param>
/// <param name="Status">The lifecycle status.</param>
public sealed record AccreditationSummary(string Number, string Name, AccreditationCategory Category, string Function, string? Noc, AccreditationStatus Status);
