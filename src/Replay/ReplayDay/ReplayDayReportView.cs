using System.Globalization;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Replay.Cli;
using Olympics.Orleans.Silo.Simulation;
using Spectre.Console;

namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>The closing table of <c>replay-day</c>: every outcome the target may answer (zeros included), failures, retries.</summary>
internal static class ReplayDayReportView
{
    public static void Show(ReplayConsole console, PlayerReport report, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("").AddColumn(new TableColumn("messages").RightAligned());
        table.AddRow("replayed", Count(report.Planned));
        foreach (var outcome in Enum.GetNames<OdfOutcome>().Union(report.Acknowledged.Keys, StringComparer.Ordinal))
        {
            table.AddRow($"200 {Markup.Escape(outcome)}", Count(report.Acknowledged.GetValueOrDefault(outcome)));
        }

        table.AddRow("failed", Count(report.Failures.Count));
        table.AddRow("retries", Count(report.Retries));
        console.Ansi.Write(table);
        console.Ansi.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed {elapsed.TotalSeconds:F1} s"));
        foreach (var failure in report.Failures.Take(10))
        {
            console.Ansi.WriteLine($"{failure.Message.DocumentKey} v{failure.Message.Version}: {failure.Reason}");
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
