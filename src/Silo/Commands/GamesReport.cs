using Olympics.Orleans.Grains.Dataset;
using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary>What a generated Games holds: counts as a table, the schedule as a chart of sessions per day.</summary>
internal static class GamesReport
{
    public static void Show(GamesSummary summary, DirectoryInfo output)
    {
        var counts = new Table().AddColumn("kind").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (kind, count) in summary.Counts)
        {
            counts.AddRow(kind, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        var days = new BarChart().Label("sessions per competition day").Width(70);
        foreach (var (day, sessions) in summary.SessionsPerDay)
        {
            days.AddItem(day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), sessions, Color.SteelBlue);
        }

        AnsiConsole.Write(counts);
        AnsiConsole.Write(days);
        AnsiConsole.MarkupLineInterpolated($"Written to [bold]{output.FullName}[/]: {string.Join(", ", GamesDatasetWriter.Files)}");
    }
}
