using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Telemetry;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Accreditations.Import;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// The accreditation import end to end on PostgreSQL: a 600,000-row CSV file (written first, not timed) streamed through
/// <see cref="AccreditationImporter"/>, timed until the gate's read model, following the store, holds every row.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var path = await ImportCsv.WriteAsync(options.Events);
        Console.Error.WriteLine($"  [import] {options.Events:N0} rows written to {path} ({new FileInfo(path).Length / (1 << 20):N0} MB)");
        var store = await BenchHost.PostgresAsync(options.Schema);
        var services = await BenchHost.StartAsync(store, s => s.AddAccreditations());

        var view = services.GetRequiredService<AccreditationsView>();
        var clock = Stopwatch.StartNew();
        ImportReport report;
        await using (var csv = File.OpenRead(path))
        {
            report = await services.GetRequiredService<AccreditationImporter>().ImportAsync(csv, new Printer(clock), CancellationToken.None);
        }

        var stored = clock.Elapsed;
        while (view.Count < report.Imported)
        {
            await Task.Delay(10);
        }

        var caughtUp = clock.Elapsed;
        Console.WriteLine($"import: {report.Imported:N0} imported, {report.AlreadyPresent:N0} already present, {report.RejectedCount:N0} rejected; "
            + $"stored in {stored.TotalSeconds:0.0} s, read model caught up at {caughtUp.TotalSeconds:0.0} s, {report.Imported / caughtUp.TotalSeconds:N0} accreditations/s end to end");
        await services.DisposeAsync();

        File.Delete(path);
        return 0;
    }

    private sealed class Printer(Stopwatch clock) : IProgress<ImportProgress>
    {
        private long _printed;

        public void Report(ImportProgress value)
        {
            var step = value.Imported / 100_000;
            if (step > Interlocked.Read(ref _printed) && Interlocked.Exchange(ref _printed, step) < step)
            {
                Console.Error.WriteLine($"  [import] {clock.Elapsed.TotalSeconds,5:0.0} s  {value.RowsRead,9:N0} rows read  {value.Imported,9:N0} imported  {value.Rejected:N0} rejected");
            }
        }
    }
}
