using System.CommandLine;
using Olympics.Orleans.Rostering.Checking;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary><c>check</c>: the independent checker on a plan file; exit code 1 when a hard constraint is broken.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var source = new InstanceOptions();
        var plan = new Option<FileInfo>("--plan") { Description = "Plan CSV (shift,volunteer).", DefaultValueFactory = _ => new FileInfo("plan.csv") };
        var command = new Command("check", "Check a plan. Example: check --instance roster/instance.json --plan plan.csv") { plan };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var instance = source.Load(result);
            var report = PlanChecker.Check(instance, RosterFiles.ReadPlan(result.GetValue(plan)!.FullName));
            Summary.Print("plan", report);
            foreach (var v in report.Violations.Take(20))
            {
                Console.WriteLine($"  {v.Kind} volunteer {v.Volunteer} shift {v.Shift}: {v.Detail}");
            }

            return report.Feasible ? 0 : 1;
        });
        return command;
    }
}
