using Olympics.Orleans.Contracts.Rostering;

namespace Olympics.Orleans.GrainInterfaces.Rostering;

/// <summary>Replace the roster's volunteers with these rows, all or nothing.</summary>
/// <param name="Rows">The volunteers.</param>
/// <param name="Lines">For a CSV import, the line each row starts on.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ImportVolunteers")]
public sealed record ImportVolunteers(IReadOnlyList<VolunteerRecord> Rows, IReadOnlyList<long>? Lines, DateTimeOffset At);

/// <summary>Replace the roster's shifts with these rows, all or nothing.</summary>
/// <param name="Rows">The shifts.</param>
/// <param name="Lines">For a CSV import, the line each row starts on.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ImportShifts")]
public sealed record ImportShifts(IReadOnlyList<ShiftRecord> Rows, IReadOnlyList<long>? Lines, DateTimeOffset At);

/// <summary>Start planning the imported volunteers and shifts.</summary>
/// <param name="TimeLimit">How long the solver searches.</param>
/// <param name="Seed">The solver's seed.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.StartPlan")]
public sealed record StartPlan(TimeSpan TimeLimit, int Seed, DateTimeOffset At);

/// <summary>Publish a finished plan as the roster's next revision.</summary>
/// <param name="Plan">The plan's number.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.PublishPlan")]
public sealed record PublishPlan(int Plan, string Reason, DateTimeOffset At);

/// <summary>Re-plan the published roster after these volunteers withdrew, and publish the changes.</summary>
/// <param name="Volunteers">The ids of the volunteers who withdrew.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="Seed">The re-planner's seed.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.WithdrawVolunteers")]
public sealed record WithdrawVolunteers(IReadOnlyList<string> Volunteers, string Reason, int Seed, DateTimeOffset At);
