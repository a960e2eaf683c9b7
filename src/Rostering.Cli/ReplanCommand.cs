using System.CommandLine;
using System.Diagnostics;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary>
/// <c>replan</c>: a published plan after a change (a share of volunteers withdraw, shifts' demand changes, or a new weekly limit), with the
/// published assignments pinned; prints what changed for whom and how much of everyone else's roster moved.
/// </summary>
internal static class ReplanCommand
{
    public static Command Create()
    {
        var source = new InstanceOptions();
        var plan = new Option<FileInfo>("--plan") { Description = "The published plan (CSV).", DefaultValueFactory = _ => new FileInfo("plan.csv") };
        var withdraw = new Option<double>("--withdraw-percent") { Description = "Percentage of working volunteers who withdraw (chosen by the seed).", DefaultValueFactory = _ => 1.0 };
        var weekHours = new Option<int?>("--max-week-hours") { Description = "A new weekly limit, in hours." };
        var demand = new Option<string[]>("--demand") { Description = "A shift's new demand, SHIFT=PEOPLE (e.g. --demand 1042=3); repeat for several shifts.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV to write the new plan to.", DefaultValueFactory = _ => new FileInfo("replan.csv") };
        var command = new Command("replan", "Re-plan after a change. Example: replan --instance roster/instance.json --plan plan.csv --withdraw-percent 1") { plan, withdraw, weekHours, demand, output };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var instance = source.Load(result);
            var published = RosterFiles.ReadPlan(result.GetValue(plan)!.FullName);
            var working = published.Assignments.Select(a => a.Volunteer).Distinct().Order().ToList();
            var random = new Random(result.GetValue(source.Seed));
            var count = (int)Math.Round(working.Count * result.GetValue(withdraw) / 100);
            var withdrawn = working.OrderBy(_ => random.Next()).Take(count).ToHashSet();
            Dictionary<int, int> demands;
            try
            {
                demands = DemandChanges.Parse(result.GetValue(demand) ?? [], instance);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var policy = result.GetValue(weekHours) is { } h ? instance.Policy with { MaxWeekMinutes = h * 60 } : null;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var replanned = Replanner.Replan(instance, published, new RosterChange(withdrawn, demands, policy), result.GetValue(source.Seed));
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var others = published.Assignments.Count(a => !withdrawn.Contains(a.Volunteer));
            Console.WriteLine($"{withdrawn.Count:N0} volunteers withdrew; re-planned in {replanned.Elapsed.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s CPU)");
            Console.WriteLine($"released {replanned.Changes.Count(c => !c.Assigned):N0} assignments ({string.Join(", ", replanned.Changes.Where(c => !c.Assigned).GroupBy(c => c.Reason).Select(g => $"{g.Key} {g.Count():N0}"))}), assigned {replanned.Changes.Count(c => c.Assigned):N0}");
            Console.WriteLine($"other volunteers: {replanned.OthersReleased:N0} of their {others:N0} published assignments released or moved ({100.0 * replanned.OthersReleased / Math.Max(1, others):F3} %), {replanned.OthersChanged - replanned.OthersReleased:N0} added ({100.0 * (replanned.OthersChanged - replanned.OthersReleased) / Math.Max(1, others):F3} % of their assignments), {replanned.Changes.Where(c => !withdrawn.Contains(c.Volunteer)).Select(c => c.Volunteer).Distinct().Count():N0} volunteers affected");
            foreach (var v in replanned.Changes.GroupBy(c => c.Volunteer).OrderBy(g => withdrawn.Contains(g.Key)).Take(5))
            {
                Console.WriteLine($"  volunteer {v.Key}: {string.Join("; ", v.Select(c => $"{(c.Assigned ? "+" : "-")}shift {c.Shift} ({c.Reason})"))}");
            }

            var report = PlanChecker.Check(replanned.Instance, replanned.Plan);
            Summary.Print("re-plan", report);
            RosterFiles.WritePlan(replanned.Plan, result.GetValue(output)!.FullName);
            return report.Feasible ? 0 : 1;
        });
        return command;
    }
}
