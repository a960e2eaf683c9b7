using System.CommandLine;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary><c>replan</c>: placeholder until the re-planner lands.</summary>
internal static class ReplanCommand
{
    public static Command Create() => new("replan", "Re-plan after a change.");
}
