using System.CommandLine;
using Olympics.Orleans.Rostering.Cli;

var root = new RootCommand("Volunteer rostering: generate volunteers and shifts, plan, re-plan, check. Example: roster plan --scale 1 --time-limit 60")
{
    GenerateCommand.Create(),
    PlanCommand.Create(),
    ReplanCommand.Create(),
    CheckCommand.Create(),
    ReportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
