using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary>
/// Spectre consoles for the command-line tools (the silo's commands, the replay tool): escape codes and live redraws only
/// for a terminal, never into a file or a pipe (Spectre's CI enrichers turn them on under variables such as GITHUB_ACTIONS
/// even when piped), and no colour when NO_COLOR is set (https://no-color.org).
/// </summary>
public static class TerminalConsole
{
    /// <summary>Whether the user asked for no colour: NO_COLOR present and not empty.</summary>
    public static bool NoColor => Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    /// <summary>A console on <paramref name="writer"/>, which is a terminal only when <paramref name="terminal"/> says so.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal) => Create(writer, terminal, NoColor);

    /// <summary>The console of <see cref="Create(TextWriter, bool)"/>, with the NO_COLOR choice given.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal, bool noColor) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = terminal && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        // Spectre's CI enrichers (GitHub Actions, Azure Pipelines...) turn escape codes back on whatever the output is.
        Enrichment = new ProfileEnrichment { UseDefaultEnrichers = terminal },
    });

    /// <summary>The process's standard output, as a terminal only when it is not redirected.</summary>
    public static IAnsiConsole StandardOutput() => Create(Console.Out, !Console.IsOutputRedirected);
}
