using System.CommandLine;
using System.Globalization;
using Olympics.Orleans.Grains.Dataset;
using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary><c>generate</c>: writes a seeded, realistic Games (venues, sessions, athletes, accreditations) to a folder.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var scale = new Option<double>("--scale") { Description = "Fraction of a full Games: 1 = 600,000 accreditations, 0.01 = 6,000.", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Seed; the same seed gives the same files.", DefaultValueFactory = _ => 2024 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write to.", DefaultValueFactory = _ => new DirectoryInfo("games") };
        var command = new Command("generate", "Generate a Games dataset. Example: generate --scale 0.01 --out games") { scale, seed, output };
        command.SetAction(result => Run(result.GetValue(scale), result.GetValue(seed), result.GetValue(output)!));
        return command;
    }

    private static int Run(double scale, int seed, DirectoryInfo output)
    {
        if (scale is <= 0 or > 1)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]--scale must be above 0 and at most 1, not {scale.ToString(CultureInfo.InvariantCulture)}.[/]");
            return 2;
        }

        GamesDataset dataset = null!;
        AnsiConsole.Status().Start("Generating the Games...", ctx =>
        {
            dataset = GamesGenerator.Generate(new GamesSpec(seed, scale));
            ctx.Status($"Writing {dataset.Accreditations.Count:N0} accreditations to {output.FullName}...");
            GamesDatasetWriter.Write(dataset, output.FullName);
        });
        GamesReport.Show(GamesSummary.Of(dataset), output);
        return 0;
    }
}
