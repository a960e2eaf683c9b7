namespace Olympics.Orleans.Rostering.Solver;

/// <summary>How long to search, on how many threads, with which seed, and how big a neighbourhood is.</summary>
public sealed record SolveOptions(TimeSpan TimeLimit, int Workers = 2, int Seed = 1, int NeighbourhoodPlaces = 30, double SubProblemSeconds = 0.5);
