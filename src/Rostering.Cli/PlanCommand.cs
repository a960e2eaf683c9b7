using System.CommandLine;
using System.Diagnostics;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary><c>plan</c>: a first feasible plan, then search until the time limit; progress as it goes, the checker's summary at the end.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var source = new InstanceOptions();
        var limit = new Option<double>("--time-limit") { Description = "Seconds to plan, construction included.", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "Search threads.", DefaultValueFactory = _ => 2 };
        var baseline = new Option<bool>("--baseline") { Description = "Also run the plain greedy baseline and check it." };
        var output = new Option<FileInfo>("--out") { Description = "CSV to write the plan to.", DefaultValueFactory = _ => new FileInfo("plan.csv") };
        var command = new Command("plan", "Plan a roster. Example: plan --instance roster/instance.json --time-limit 60 --baseline") { limit, workers, baseline, output };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var instance = source.Load(result);
            Console.WriteLine($"{instance.Volunteers.Count:N0} volunteers, {instance.Shifts.Count:N0} shifts, {instance.Demand:N0} places");
            if (result.GetValue(baseline))
            {
                var clock = Stopwatch.StartNew();
                var greedy = GreedyBaseline.Solve(instance);
                Console.WriteLine($"greedy baseline in {clock.Elapsed.TotalSeconds:F1} s");
                Summary.Print("greedy baseline", PlanChecker.Check(instance, greedy));
            }

            var options = new SolveOptions(TimeSpan.FromSeconds(result.GetValue(limit)), result.GetValue(workers));
            var progress = new ConsoleProgress();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var solved = RosterSolver.Solve(instance, options, progress);
            Console.WriteLine();
            Console.WriteLine($"first feasible plan after {solved.FirstFeasible.TotalSeconds:F1} s; search: {solved.SearchSteps:N0} neighbourhoods, {solved.Improvements:N0} improved, {solved.Gained:N0} points gained; {solved.Elapsed.TotalSeconds:F1} s in all");
            Console.WriteLine($"construction: candidate scans {solved.Construction.Candidates.TotalSeconds:F1} s, min-cost flows {solved.Construction.Flow.TotalSeconds:F1} s, greedy fill {solved.Construction.Fill.TotalSeconds:F1} s; construction CPU {(progress.ConstructionCpu - cpu).TotalSeconds:F1} s, process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s");
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB, managed heap {GC.GetTotalMemory(false) / (1024 * 1024):N0} MiB");
            Summary.Print("first plan", PlanChecker.Check(instance, solved.FirstPlan));
            var report = PlanChecker.Check(instance, solved.Plan);
            Summary.Print("plan", report);
            RosterFiles.WritePlan(solved.Plan, result.GetValue(output)!.FullName);
            return report.Feasible ? 0 : 1;
        });
        return command;
    }

    private sealed class ConsoleProgress : IProgress<SolveProgress>
    {
        /// <summary>The process's CPU time at the construction's last report, which comes as the construction ends.</summary>
        public TimeSpan ConstructionCpu { get; private set; }

        public void Report(SolveProgress p)
        {
            if (p.Phase == "construction")
            {
                ConstructionCpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            Console.Write($"\r{p.Phase,-12} {p.Elapsed.TotalSeconds,6:F1} s  steps {p.Steps,8:N0}  filled {p.Filled,9:N0}  gained {p.Gained,9:N0}   ");
        }
    }
}
