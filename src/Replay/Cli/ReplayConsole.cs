using Spectre.Console;

namespace Olympics.Orleans.Replay.Cli;

/// <summary>
/// Where a command writes: results (tables, CSV, JSON) to <see cref="Output"/>, progress and errors to
/// <see cref="Error"/>, so <c>audit ... &gt; file.csv</c> holds only data. Tests pass their own writers.
/// </summary>
internal sealed class ReplayConsole(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Spectre tables and charts on the output.</summary>
    public IAnsiConsole Ansi { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    /// <summary>Progress bars on the error stream; plain (no live redraw) when that is not a terminal.</summary>
    public IAnsiConsole Progress { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
}
