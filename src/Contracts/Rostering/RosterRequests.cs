namespace Olympics.Orleans.Contracts.Rostering;

/// <summary>The HTTP body that starts a plan of a roster's imported volunteers and shifts.</summary>
/// <param name="TimeLimitSeconds">How long to search, 1 to 600 seconds (60 when absent).</param>
/// <param name="Seed">The solver's seed (1 when absent): the same seed and time budget give comparable plans.</param>
public sealed record StartPlanRequest(double? TimeLimitSeconds, int? Seed);

/// <summary>The HTTP body that publishes a finished plan.</summary>
/// <param name="Reason">Why, for the audit trail ("first plan" when absent).</param>
public sealed record PublishPlanRequest(string? Reason);

/// <summary>The HTTP body that re-plans a published roster after volunteers withdrew.</summary>
/// <param name="Volunteers">The ids of the volunteers who withdrew (as imported).</param>
/// <param name="Reason">Why, for the audit trail ("volunteers withdrew" when absent).</param>
/// <param name="Seed">The re-planner's seed (1 when absent).</param>
public sealed record WithdrawVolunteersRequest(IReadOnlyList<string>? Volunteers, string? Reason, int? Seed);
