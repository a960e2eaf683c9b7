namespace Olympics.Orleans.GrainInterfaces.Rostering;

/// <summary>Read a plan of the roster (its progress and result, or its assignments).</summary>
/// <param name="Plan">The plan's number.</param>
/// <param name="At">When the question was asked (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.GetPlan")]
public sealed record GetPlan(int Plan, DateTimeOffset At);

/// <summary>Read a volunteer's published shifts.</summary>
/// <param name="Volunteer">The volunteer's imported id.</param>
/// <param name="At">When the question was asked (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.GetSchedule")]
public sealed record GetSchedule(string Volunteer, DateTimeOffset At);

/// <summary>Read a venue's published coverage by day.</summary>
/// <param name="Venue">The venue code.</param>
/// <param name="At">When the question was asked (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.GetCoverage")]
public sealed record GetCoverage(string Venue, DateTimeOffset At);
