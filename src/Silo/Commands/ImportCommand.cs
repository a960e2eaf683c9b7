using System.CommandLine;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Import;
using Olympics.Orleans.Silo.Hosting;
using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary>
/// <c>import FILE [settings]</c>: imports accreditations from the generator's CSV into the configured store, with a
/// progress bar. Exit code 0 when every row is in the store, 1 when some rows were rejected (the rest imported),
/// 2 when the file or the settings are unusable.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The accreditations CSV (header number,name,category,...)." };
        var command = new Command("import",
            "Import accreditations. Example: import games/accreditations.csv --Store=postgres --ConnectionStrings:EventStore=\"Host=...\"")
        {
            file,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.GetValue(file)!, [.. result.UnmatchedTokens], ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string[] settings, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"import: {file.FullName} does not exist.");
            return 2;
        }

        try
        {
            await using var silo = SiloHost.Build(["--Logging:LogLevel:Default=Warning", .. settings]);
            await silo.InitializeSiloAsync();
            var rows = File.ReadLines(file.FullName).LongCount() - 1;
            await using var csv = file.OpenRead();
            var report = await WithProgressAsync(rows, p => silo.Services.GetRequiredService<AccreditationImporter>().ImportAsync(csv, p, ct));
            ImportReportView.Show(report);
            return report.RejectedCount == 0 ? 0 : 1;
        }
        catch (SiloStartupException e)
        {
            await Console.Error.WriteLineAsync($"import: {e.Message}");
            return 2;
        }
    }

    private static Task<ImportReport> WithProgressAsync(long rows, Func<IProgress<ImportProgress>, Task<ImportReport>> import) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"importing {rows:N0} rows", maxValue: Math.Max(rows, 1));
                var report = await import(new Progress<ImportProgress>(p => task.Value = p.RowsRead));
                task.Value = task.MaxValue;
                return report;
            });
}
