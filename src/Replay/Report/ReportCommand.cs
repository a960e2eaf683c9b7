using System.CommandLine;
using System.Text;
using Olympics.Orleans.Replay.Cli;
using Olympics.Orleans.Replay.ReplayDay;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// <c>report</c>: delivery latency per tier and per session, corrections after OFFICIAL, accreditation changes per day
/// and messages per discipline and type, from one streaming pass over the history; Markdown or CSV, with SVG charts.
/// </summary>
internal static class ReportCommand
{
    private static readonly Option<string?> _day = new("--day") { Description = "A competition day, yyyy-MM-dd, as in replay-day: the ODF messages of that logical day and their deliveries, the results of its sessions, the accreditation changes of that day." };
    private static readonly Option<string?> _from = new("--from") { Description = "Only events recorded (stored) at or after this time (ISO 8601, with its offset; UTC when none)." };
    private static readonly Option<string?> _to = new("--to") { Description = "Only events recorded (stored) before this time." };
    private static readonly Option<string> _format = new("--format") { Description = "md: one Markdown report (stdout, or report.md in --out); csv: one CSV file per table in --out.", DefaultValueFactory = _ => "md" };
    private static readonly Option<DirectoryInfo?> _out = new("--out") { Description = "Directory to write report.md or the CSV files to, with the SVG charts (latency-per-tier.svg, messages-per-discipline.svg)." };

    public static Command Create(ReplayConsole console)
    {
        var store = new StoreOptions();
        var command = new Command("report",
            "Delivery latency per tier (CIS, FEED, push) and per session and tier (count, p50, p90, p99, max of DeliveredAt - StoredAt), corrections "
            + "after OFFICIAL, accreditation changes per day and messages per discipline and type; streamed, never the whole history in memory. "
            + "Example: report --day 2024-07-27 --out ./report-0727 --schema olympics. " + ExitCodes.Help)
        {
            _day, _from, _to, _format, _out,
        };
        store.AddTo(command);
        command.SetRun(console, async (result, ct) =>
        {
            var window = ReportWindow.Parse(result.GetValue(_day), result.GetValue(_from), result.GetValue(_to));
            var (format, directory) = (result.GetValue(_format), result.GetValue(_out));
            if (format is not ("md" or "csv"))
            {
                throw new ReplayUsageException("format", $"expected md or csv, not '{format}'.");
            }

            if (format == "csv" && directory is null)
            {
                throw new ReplayUsageException("out", "CSV is one file per table: give the directory to write them to, e.g. --out ./report.");
            }

            await using var replay = await ReplayStore.OpenAsync(store.Resolve(result), ct);
            // One position for every category, taken before the sessions are folded: the catalog then knows every session
            // a delivery read below can name. (Folded to a later bound than the scans, a report once put a session's
            // deliveries under "(none)".)
            var upTo = await replay.Events.GetLastPositionAsync(null, ct);
            var sessions = await StoredSessions.LoadAsync(replay.Events, replay.Serializer, ct);
            var data = new ReportData(window, sessions, ReplayStore.Describe(replay.Settings));
            await ReportScan.RunAsync(data, replay.Events, replay.Serializer, upTo, console.Progress, ct);
            if (directory is null)
            {
                await ReportWriters.MarkdownAsync(data, console.Output, new Dictionary<string, string>(), ct);
                return ExitCodes.Ok;
            }

            directory.Create();
            var charts = WriteCharts(data, directory);
            if (format == "md")
            {
                await using var file = new StreamWriter(Path.Combine(directory.FullName, "report.md"), false, new UTF8Encoding(false));
                await ReportWriters.MarkdownAsync(data, file, charts, ct);
            }
            else
            {
                await ReportWriters.CsvAsync(data, directory, ct);
            }

            await console.Error.WriteLineAsync($"report: wrote {(format == "md" ? "report.md" : "one CSV per table")} and {charts.Count} SVG charts to {directory.FullName}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, string> WriteCharts(ReportData data, DirectoryInfo directory)
    {
        var charts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["latency-per-tier"] = "latency-per-tier.svg",
            ["messages-per-discipline"] = "messages-per-discipline.svg",
        };
        Save(SvgCharts.LatencyPerTier(data.Latency.ByTier), Path.Combine(directory.FullName, charts["latency-per-tier"]));
        Save(SvgCharts.MessagesPerDiscipline(data.Tallies.MessagesPerDiscipline), Path.Combine(directory.FullName, charts["messages-per-discipline"]));
        return charts;
    }

    private static void Save(System.Xml.Linq.XDocument chart, string path)
    {
        using var writer = System.Xml.XmlWriter.Create(path, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        chart.Save(writer);
    }
}
