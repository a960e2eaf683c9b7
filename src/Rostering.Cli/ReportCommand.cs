using System.CommandLine;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Reporting;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary><c>report</c>: a plan's charts (SVG) and a Markdown page that shows them with the checker's figures.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var source = new InstanceOptions();
        var plan = new Option<FileInfo>("--plan") { Description = "Plan CSV (shift,volunteer).", DefaultValueFactory = _ => new FileInfo("plan.csv") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for report.md and the charts.", DefaultValueFactory = _ => new DirectoryInfo("roster-report") };
        var command = new Command("report", "Charts of a plan. Example: report --instance roster/instance.json --plan plan.csv --out roster-report") { plan, output };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var instance = source.Load(result);
            var roster = RosterFiles.ReadPlan(result.GetValue(plan)!.FullName);
            var dir = result.GetValue(output)!;
            dir.Create();
            var f = RosterFigures.Of(instance, roster);
            var check = PlanChecker.Check(instance, roster);
            var charts = new Dictionary<string, System.Xml.Linq.XDocument>
            {
                ["coverage.svg"] = RosterCharts.CoverageHeatmap(f),
                ["hours.svg"] = RosterCharts.Histogram("Hours per volunteer", f.HoursPerVolunteer),
                ["travel.svg"] = RosterCharts.Histogram("Travel per assignment, km", f.TravelKm),
                ["gender.svg"] = RosterCharts.Histogram("Gender balance per team and day (women - men)", f.GenderBalance.Select(b => (double)b).ToList()),
                ["unfilled.svg"] = RosterCharts.Bars("Unfilled places per venue", f.UnfilledByVenue),
            };
            foreach (var (name, svg) in charts)
            {
                svg.Save(Path.Combine(dir.FullName, name));
            }

            File.WriteAllLines(Path.Combine(dir.FullName, "report.md"), new[]
            {
                "# Roster report", string.Empty,
                $"{check.Stats.Filled:N0} of {check.Stats.Demand:N0} places filled ({check.Stats.FilledPercent:F2} %), {check.HardViolations} hard violations, soft score {check.Score.Total:N0}.",
                string.Empty,
            }.Concat(charts.Keys.Select(k => $"![{k}]({k})")));
            Console.WriteLine($"report written to {dir.FullName}");
            return 0;
        });
        return command;
    }
}
