using System.CommandLine;
using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary>
/// The silo's one-shot commands (<c>generate</c>, <c>import</c>). Anything else on the command line runs the silo
/// itself, whose settings (<c>--Store=postgres</c> ...) are configuration keys, not command options.
/// </summary>
public static class SiloCli
{
    private static readonly string[] _commands = ["generate", "import", "simulate", "help", "--help", "-h", "-?"];

    /// <summary>Whether the arguments name a command rather than settings for running the silo.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && _commands.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Runs the command and returns its exit code: 0 done, 1 failed, 2 bad usage.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand(
            "Olympics.Orleans silo. Without a command it runs the silo: dotnet run --project src/Silo [-- --Store=postgres --ConnectionStrings:EventStore=...]")
        {
            GenerateCommand.Create(),
            ImportCommand.Create(),
            SimulateCommand.Create(),
        };
        // The commands write through Spectre's shared console: plain text into a file or a pipe, no colour under NO_COLOR.
        AnsiConsole.Console = TerminalConsole.StandardOutput();
        var arguments = args.Length > 0 && args[0] == "help" ? ["--help"] : args;
        return root.Parse(arguments).InvokeAsync();
    }
}
