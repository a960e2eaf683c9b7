using Spectre.Console;

namespace Olympics.Orleans.Silo.Simulation;

/// <summary>The closing report of <c>simulate</c>: sent, answered by outcome, failed (the first few with their reason).</summary>
internal static class SimulationReportView
{
    public static void Show(PlayerReport report)
    {
        var table = new Table().AddColumn("").AddColumn(new TableColumn("messages").RightAligned());
        table.AddRow("planned", $"{report.Planned:N0}");
        table.AddRow("sent", $"{report.Sent:N0}");
        foreach (var (outcome, count) in report.Acknowledged)
        {
            table.AddRow($"200 {Markup.Escape(outcome)}", $"{count:N0}");
        }

        table.AddRow(report.Failures.Count == 0 ? "failed" : "[red]failed[/]", $"{report.Failures.Count:N0}");
        table.AddRow("retries", $"{report.Retries:N0}");
        AnsiConsole.Write(table);
        foreach (var failure in report.Failures.Take(10))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{failure.Message.DocumentKey} v{failure.Message.Version}[/]: {failure.Reason}");
        }
    }
}
