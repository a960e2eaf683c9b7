using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Accreditations.Import;
using Olympics.Orleans.Silo;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Gate checks against 600,000 accreditations: a silo (in-memory store, loopback Kestrel) imports the benchmark CSV,
/// its read model catches up, then N callers check for the given seconds in-process (the view), then N HttpClient
/// callers over HTTP. Both share the machine's cores with the callers.
/// </summary>
internal static class GateCheckBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var path = await ImportCsv.WriteAsync(options.Events);
        await using var silo = SiloHost.Build(["--urls=http://127.0.0.1:0", "--Store=memory", "--Logging:LogLevel:Default=Warning"]);
        await silo.StartAsync();
        var view = silo.Services.GetRequiredService<AccreditationsView>();
        var clock = Stopwatch.StartNew();
        await using (var csv = File.OpenRead(path))
        {
            await silo.Services.GetRequiredService<AccreditationImporter>().ImportAsync(csv, null, CancellationToken.None);
        }

        while (view.Count < options.Events)
        {
            await Task.Delay(50);
        }

        Console.Error.WriteLine($"  [gate-check] {view.Count:N0} accreditations in the read model after {clock.Elapsed.TotalSeconds:0.0} s; {GC.GetTotalMemory(true) / (1 << 20):N0} MB managed heap");
        File.Delete(path);
        var queries = GateCheckQueries.Build(options.Events);
        await GateCheckLoops.InProcessAsync(view, queries, options);
        var address = silo.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await GateCheckLoops.HttpAsync(new Uri(address), queries, options);
        await GateCheckWrk.RunAsync(new Uri(address), queries, options, connections: 4);
        await GateCheckWrk.RunAsync(new Uri(address), queries, options, connections: 16);
        await silo.StopAsync();
        return 0;
    }
}
