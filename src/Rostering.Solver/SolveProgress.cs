namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// Where a solve is: its phase (construction, search), time spent, steps done (days built, neighbourhoods solved),
/// places filled and the score gained by the search so far (points, from the solver's own accounting).
/// </summary>
public sealed record SolveProgress(string Phase, TimeSpan Elapsed, long Steps, long Filled, long Gained);
