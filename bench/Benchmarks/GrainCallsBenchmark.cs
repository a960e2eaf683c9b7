using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Calls to already active grains in the same silo: 10,000 grains, many concurrent callers, a method that does
/// no I/O, so what is measured is the runtime's own cost (reference, lookup, turn, invoke, telemetry).
/// </summary>
internal static class GrainCallsBenchmark
{
    private const int Grains = 10_000;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var host = await BenchHost.StartAsync();
        var factory = host.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, Grains).Select(i => factory.GetGrain<IBenchCounterGrain>($"hot{i}")).ToArray();
        await Task.WhenAll(grains.Select(g => g.GetAsync()));

        var callers = options.Writers;
        var counts = new long[callers * 16];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var progress = Progress.ReportAsync("grain-calls", () => Enumerable.Range(0, callers).Sum(c => Volatile.Read(ref counts[c * 16])),
            TimeSpan.FromSeconds(options.Seconds), stop.Token);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var next = caller;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 1000; i++)
                {
                    next = (next + 7919) % Grains;
                    await grains[next].GetAsync();
                }

                Volatile.Write(ref counts[caller * 16], counts[caller * 16] + 1000);
            }
        })));
        var elapsed = clock.Elapsed;
        await progress;

        var total = Enumerable.Range(0, callers).Sum(c => counts[c * 16]);
        Console.WriteLine($"grain-calls: {Grains:N0} active grains, {callers} callers, {elapsed.TotalSeconds:0.0} s, {total:N0} calls, {total / elapsed.TotalSeconds:N0} calls/s");
        return 0;
    }
}
