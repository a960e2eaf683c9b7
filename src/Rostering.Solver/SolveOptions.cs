namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// How long to search, on how many threads, with which seed, and how big a neighbourhood is. <paramref name="MaxSteps"/>
/// stops the search after that many neighbourhoods even before the time limit (tests use it so that how much search
/// runs does not depend on how busy the machine is).
/// </summary>
public sealed record SolveOptions(
    TimeSpan TimeLimit, int Workers = 2, int Seed = 1, int NeighbourhoodPlaces = 30, double SubProblemSeconds = 0.5, long? MaxSteps = null);
