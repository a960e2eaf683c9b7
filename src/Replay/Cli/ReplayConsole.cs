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
    public IAnsiConsole Ansi { get; } = Create(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);

    /// <summary>Progress bars on the error stream; plain (no live redraw, no colour) when that is not a terminal.</summary>
    public IAnsiConsole Progress { get; } = Create(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool terminal) => Silo.Commands.TerminalConsole.Create(writer, terminal);
}
