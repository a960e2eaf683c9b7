using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Single-event appends through grains on PostgreSQL: each writer drives its own grain, one command at a time,
/// as a venue's results flow does. Compare with bench/pgbench/marten_append.sql at the same number of clients.
/// </summary>
internal static class GrainAppendBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        await using var host = await BenchHost.StartAsync(store);
        var grains = host.GetRequiredService<IGrainFactory>();
        var latencies = new Latencies(options.Writers);
        var counters = Enumerable.Range(0, options.Writers).Select(i => grains.GetGrain<IBenchCounterGrain>($"writer{i}")).ToArray();
        await Task.WhenAll(counters.Select(c => c.IncrementAsync()));

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var progress = Progress.ReportAsync("grain-append", () => latencies.Count, TimeSpan.FromSeconds(options.Seconds), stop.Token);
        await Task.WhenAll(counters.Select((counter, worker) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                await counter.IncrementAsync();
                latencies.Record(worker, started);
            }
        })));
        var elapsed = clock.Elapsed;
        var cpuPerEvent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Math.Max(1, latencies.Count);
        await progress;

        Console.WriteLine($"grain-append: {options.Writers} writers, {elapsed.TotalSeconds:0.0} s, {latencies.Count:N0} events, " +
            $"{latencies.Count / elapsed.TotalSeconds:N0} events/s; latency {latencies.Summary()}; process CPU {cpuPerEvent:0} µs per event");
        return 0;
    }
}
