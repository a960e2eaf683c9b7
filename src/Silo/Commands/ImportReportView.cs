using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary>An import's outcome: the counts, then the first rejected rows with line, field and reason.</summary>
internal static class ImportReportView
{
    private const int Shown = 20;

    public static void Show(ImportReport report)
    {
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]{report.RowsRead:N0}[/] rows: [green]{report.Imported:N0} imported[/], {report.AlreadyPresent:N0} already present, [red]{report.RejectedCount:N0} rejected[/]");
        if (report.Rejections.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumn("line").AddColumn("field").AddColumn("reason");
        foreach (var rejection in report.Rejections.Take(Shown))
        {
            table.AddRow(rejection.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(rejection.Field), Markup.Escape(rejection.Reason));
        }

        AnsiConsole.Write(table);
        if (report.RejectedCount > Shown)
        {
            AnsiConsole.MarkupLineInterpolated($"... and {report.RejectedCount - Shown:N0} more rejected rows.");
        }
    }
}
