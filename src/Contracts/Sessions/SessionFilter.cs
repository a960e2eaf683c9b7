namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>Which sessions a list query returns; null fields do not filter.</summary>
/// <param name="Day">The ODF competition day in the venue's local time (a day ends at 03:00 local).</param>
/// <param name="Venue">The venue code.</param>
/// <param name="Discipline">The discipline code.</param>
public sealed record SessionFilter(DateOnly? Day = null, string? Venue = null, string? Discipline = null);
