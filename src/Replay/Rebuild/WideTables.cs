using Olympics.Orleans.Replay.Cli;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Rebuild;

/// <summary>Writes a table whole: when the output is a file or a pipe (80 columns by default), rows are not folded into narrow cells.</summary>
internal static class WideTables
{
    public static void Write(ReplayConsole console, Table table)
    {
        if (!console.Ansi.Profile.Capabilities.Interactive)
        {
            console.Ansi.Profile.Width = Math.Max(console.Ansi.Profile.Width, 200);
        }

        console.Ansi.Write(table);
    }
}
