namespace Olympics.Orleans.Rostering.Solver; internal static class Probe { }
