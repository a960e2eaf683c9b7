using System.CommandLine;

namespace Olympics.Orleans.Replay.Cli;

/// <summary>
/// The replay and audit tool's commands. Each lives in a folder of its own and adds itself here with one line; they
/// share the store options (<see cref="StoreOptions"/>), the exit codes (<see cref="ExitCodes"/>) and the output writers.
/// </summary>
public static class ReplayCli
{
    /// <summary>Runs the command line and returns its exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand(
            "Replay and audit the Games' event history in PostgreSQL. Every command takes --connection and --schema, or reads " +
            "the silo's settings (ConnectionStrings__EventStore, EventStore__Schema, or --config appsettings.json).");
        foreach (var command in Commands(new ReplayConsole(output, error)))
        {
            root.Subcommands.Add(command);
        }

        // Ctrl+C or SIGTERM cancels the command's token; the command then has time to finish cleanly (a rebuild writes
        // its checkpoint, which can take seconds for a large read model) instead of the parser's default 2 s.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromMinutes(5) };
        var parsed = root.Parse(args);
        var code = await parsed.InvokeAsync(configuration);
        // The parser prints what is wrong and the help; the exit code is the tool's "bad usage", not the parser's 1.
        // SIGTERM's 143 is an interruption like Ctrl+C's 130.
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code == 143 ? ExitCodes.Interrupted : code;
    }

    // One line per command, each from its own folder: Command Create(ReplayConsole console).
    private static IEnumerable<Command> Commands(ReplayConsole console)
    {
        yield return CheckCommand.Create(console);
        yield return Rebuild.RebuildCommand.Create(console);
        yield return ReplayDay.ReplayDayCommand.Create(console);
        yield return Report.ReportCommand.Create(console);
        yield return StateAt.StateAtCommand.Create(console);
        yield return Audit.AuditCommand.Create(console);
    }
}
