using System.CommandLine;
using System.Diagnostics;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary><c>generate</c>: volunteers and shifts over the Games generator's schedule, to instance.json and to the CSV files the silo imports.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var source = new InstanceOptions();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write instance.json, volunteers.csv and shifts.csv to.", DefaultValueFactory = _ => new DirectoryInfo("roster") };
        var command = new Command("generate", "Generate volunteers and shifts. Example: generate --scale 1 --out roster") { output };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var instance = source.Load(result);
            var dir = result.GetValue(output)!;
            dir.Create();
            RosterFiles.WriteInstance(instance, Path.Combine(dir.FullName, "instance.json"));
            RosterFiles.WriteImportCsv(instance, dir.FullName);
            Console.WriteLine($"{instance.Volunteers.Count:N0} volunteers, {instance.Shifts.Count:N0} shifts, {instance.Demand:N0} places at {instance.Venues.Count} venues over {instance.Days} days from {instance.FirstDay:yyyy-MM-dd}");
            Console.WriteLine($"written to {Path.Combine(dir.FullName, "instance.json")}, volunteers.csv and shifts.csv (the silo's import format) in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }
}
