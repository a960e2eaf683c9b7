namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// How long to search, on how many threads (<paramref name="Workers"/>: the search's workers, and the construction's
/// candidate scans and flows, whose plan does not depend on it), with which seed, and how big a neighbourhood is (a
/// team larger than <paramref name="NeighbourhoodPlaces"/> is taken in part). <paramref name="MaxSteps"/>
/// stops the search after that many neighbourhoods even before the time limit (tests use it so that how much search
/// runs does not depend on how busy the machine is).
/// </summary>
public sealed record SolveOptions(
    TimeSpan TimeLimit, int Workers = 2, int Seed = 1, int NeighbourhoodPlaces = 30, double SubProblemSeconds = 0.5, long? MaxSteps = null);
