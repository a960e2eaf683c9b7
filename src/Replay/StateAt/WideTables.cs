using Spectre.Console;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>Tables written to a file or a pipe are not squeezed into 80 columns: nobody's terminal has to hold them.</summary>
internal static class WideTables
{
    public const int Width = 240;

    public static IAnsiConsole Widen(this IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, Width);
        }

        return console;
    }
}
