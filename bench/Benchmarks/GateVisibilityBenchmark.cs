using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Accreditations.Import;
using Olympics.Orleans.Silo;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// How soon a change is visible at the gate, on PostgreSQL: suspend an accreditation through its grain (the command
/// returns once the event is committed), then look at the gate read model until it answers Suspended. The path
/// measured is commit, NOTIFY, subscription read, projection. One suspension at a time, 300 of them.
/// </summary>
internal static class GateVisibilityBenchmark
{
    private const int Accreditations = 2_000;
    private const int Samples = 300;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var silo = SiloHost.Build(["--urls=http://127.0.0.1:0", "--Store=postgres", $"--ConnectionStrings:EventStore={BenchOptions.ConnectionString}",
            $"--EventStore:Schema={options.Schema}", "--Logging:LogLevel:Default=Warning"]);
        await silo.InitializeSiloAsync();
        await silo.StartAsync();
        var view = silo.Services.GetRequiredService<AccreditationsView>();
        var path = await ImportCsv.WriteAsync(Accreditations);
        await using (var csv = File.OpenRead(path))
        {
            await silo.Services.GetRequiredService<AccreditationImporter>().ImportAsync(csv, null, CancellationToken.None);
        }

        while (view.Count < Accreditations)
        {
            await Task.Delay(20);
        }

        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var latencies = new Latencies(1);
        var at = new DateTimeOffset(2024, 7, 30, 12, 0, 0, TimeSpan.FromHours(2));
        for (var i = 0; i < Samples; i++)
        {
            var number = (i * 6) + 1;
            await grains.GetGrain<IAccreditationGrain>($"{number:D8}").SuspendAccreditationAsync(new SuspendAccreditation("bench", DateTimeOffset.UtcNow));
            var committed = Stopwatch.GetTimestamp();
            while (view.Check(new CardReference(number, null), ImportCsv.VenueOf(number - 1), 1, at).Reason != GateReason.Suspended)
            {
                if (Stopwatch.GetElapsedTime(committed) > TimeSpan.FromSeconds(10))
                {
                    throw new TimeoutException($"Suspension of {number:D8} not visible at the gate after 10 s.");
                }

                Thread.SpinWait(50);
            }

            latencies.Record(0, committed);
        }

        File.Delete(path);
        Console.WriteLine($"gate-visibility: {Samples} suspensions on PostgreSQL, committed to visible at the gate: {latencies.Summary()}");
        await silo.StopAsync();
        return 0;
    }
}
