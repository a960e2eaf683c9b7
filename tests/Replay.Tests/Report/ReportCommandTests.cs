using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Olympics.Orleans.Replay.Tests.Report;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task The_markdown_report_gives_the_latency_percentiles_per_tier_and_session_and_the_counts()
    {
        var schema = await ReportHistory.WriteAsync();

        var run = await ReplayRun.RunAsync(["report", .. ReplayRun.Store(schema)]);

        run.ExitCode.ShouldBe(0, run.Error);
        Latency(run.Output, "CIS", 100, 50, 90, 99, 100);
        Latency(run.Output, "FEED", 10, 500, 900, 1000, 1000);
        Latency(run.Output, "push", 4, 400, 800, 800, 800);
        Latency(run.Output, "ATH01 | CIS", 100, 50, 90, 99, 100);
        Latency(run.Output, "ATH01 | FEED", 10, 500, 900, 1000, 1000);
        Latency(run.Output, "(none) | push", 4, 400, 800, 800, 800);
        run.Output.ShouldContain($"| ATH01 | {ReportHistory.Unit} | Official | 2024-08-04 20:30:00Z | Photo finish, reviewed: lanes 4 and 5 swapped |");
        run.Output.ShouldContain($"| ATH01 | {ReportHistory.Unit} | Official | 2024-08-04 21:00:00Z | Protest upheld |");
        Regex.Count(run.Output, $@"\| ATH01 \| {ReportHistory.Unit} \|").ShouldBe(2, "the LIVE and the first OFFICIAL result are no corrections");
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        run.Output.ShouldContain($"| {today} | accreditation.applied.v1 | 2 |");
        run.Output.ShouldContain($"| {today} | accreditation.approved.v1 | 1 |");
        run.Output.ShouldContain("| 2024-07-20 | accreditation.suspended.v1 | 1 |", customMessage: "a change is counted on the day it carries");
        run.Output.ShouldContain("| ATH | 2 |");
        run.Output.ShouldContain("| SWM | 1 |");
        run.Output.ShouldContain("| (Games or venue) | 2 |", customMessage: "the medal table (GLO) and a venue's keep-alive are no disciplines");
        run.Output.ShouldNotContain("| GLO |");
        run.Output.ShouldNotContain("| STA |");
        run.Output.ShouldContain("| DT_RESULT | 3 |");
        run.Output.ShouldContain("| DT_MEDALS | 1 |");
    }

    [Fact]
    public async Task A_competition_day_reports_its_messages_their_deliveries_and_its_sessions_corrections()
    {
        var schema = await ReportHistory.WriteAsync();

        var run = await ReplayRun.RunAsync(["report", .. ReplayRun.Store(schema), "--day", "2024-08-04"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("# Report: competition day 2024-08-04");
        Latency(run.Output, "CIS", 100, 50, 90, 99, 100);
        Latency(run.Output, "ATH01 | FEED", 10, 500, 900, 1000, 1000);
        Latency(run.Output, "push", 4, 400, 800, 800, 800);
        run.Output.ShouldContain("Protest upheld");
        run.Output.ShouldContain("| ATH | 2 |");
        run.Output.ShouldNotContain("accreditation.applied.v1", customMessage: "recorded today, a change of another day");
    }

    [Fact]
    public async Task A_window_without_events_reports_nothing_but_still_knows_what_was_official_before_it()
    {
        var schema = await ReportHistory.WriteAsync();

        var run = await ReplayRun.RunAsync(["report", .. ReplayRun.Store(schema), "--from", "2001-01-01", "--to", "2001-01-02"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldNotContain("| CIS |");
        run.Output.ShouldNotContain("Protest upheld");
        run.Output.ShouldContain("| (none) |");
    }

    [Fact]
    public async Task With_out_the_report_and_its_svg_charts_are_written_one_bar_per_tier_and_discipline()
    {
        var schema = await ReportHistory.WriteAsync();
        var directory = Directory.CreateTempSubdirectory("report-");
        try
        {
            var run = await ReplayRun.RunAsync(["report", .. ReplayRun.Store(schema), "--out", directory.FullName]);

            run.ExitCode.ShouldBe(0, run.Error);
            run.Output.ShouldBeEmpty();
            var markdown = await File.ReadAllTextAsync(Path.Combine(directory.FullName, "report.md"), TestContext.Current.CancellationToken);
            markdown.ShouldContain("![Delivery latency per tier](latency-per-tier.svg)");
            Bars(Path.Combine(directory.FullName, "latency-per-tier.svg")).ShouldBe(3);
            Bars(Path.Combine(directory.FullName, "messages-per-discipline.svg")).ShouldBe(3);
            var chart = XDocument.Load(Path.Combine(directory.FullName, "latency-per-tier.svg"));
            chart.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ShouldContain("push");
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public async Task The_csv_format_writes_one_file_per_table_with_quoted_notes()
    {
        var schema = await ReportHistory.WriteAsync();
        var directory = Directory.CreateTempSubdirectory("report-");
        try
        {
            var run = await ReplayRun.RunAsync(["report", .. ReplayRun.Store(schema), "--format", "csv", "--out", directory.FullName]);

            run.ExitCode.ShouldBe(0, run.Error);
            var tiers = await File.ReadAllLinesAsync(Path.Combine(directory.FullName, "latency-per-tier.csv"), TestContext.Current.CancellationToken);
            tiers[0].ShouldBe("tier,count,p50 ms,p90 ms,p99 ms,max ms");
            tiers.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(["CIS", "FEED", "push"]);
            var corrections = await File.ReadAllLinesAsync(Path.Combine(directory.FullName, "corrections-after-official.csv"), TestContext.Current.CancellationToken);
            corrections.ShouldContain($"ATH01,{ReportHistory.Unit},Official,2024-08-04 20:30:00Z,\"Photo finish, reviewed: lanes 4 and 5 swapped\"");
            Directory.GetFiles(directory.FullName, "*.csv").Length.ShouldBe(6);
            File.Exists(Path.Combine(directory.FullName, "report.md")).ShouldBeFalse();
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public async Task Csv_without_a_directory_is_bad_usage()
    {
        var run = await ReplayRun.RunAsync(["report", "--connection", "Host=127.0.0.1;Port=1", "--format", "csv"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--out");
    }

    [Fact]
    public async Task Help_shows_an_example_and_the_exit_codes()
    {
        var run = await ReplayRun.RunAsync(["report", "--help"]);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Example: report --day");
        run.Output.ShouldContain("Exit codes:");
    }

    // The row of a latency table: the count exact, the times within 1% (the histogram's buckets are within 0.8%).
    private static void Latency(string output, string key, long count, params double[] p50P90P99Max)
    {
        var cells = Regex.Match(output, $@"^\| {Regex.Escape(key)} \| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$", RegexOptions.Multiline)
            .Groups.Values.Skip(1).Select(g => g.Value).ToArray();
        // The whole report in the message: this assertion once failed in CI (every delivery under "(none)") and could not be
        // reproduced since, so a next failure must show what the report said.
        cells.Length.ShouldBe(5, $"no latency row for {key} in the report:\n{output}");
        long.Parse(cells[0], CultureInfo.InvariantCulture).ShouldBe(count, key);
        for (var i = 0; i < p50P90P99Max.Length; i++)
        {
            double.Parse(cells[i + 1], CultureInfo.InvariantCulture).ShouldBe(p50P90P99Max[i], p50P90P99Max[i] * 0.01, $"{key} column {i + 2}");
        }
    }

    private static int Bars(string svg) =>
        XDocument.Load(svg).Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "bar");
}
