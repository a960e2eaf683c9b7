using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Calls to already active grains in the same silo: 10,000 grains, many concurrent callers, a method that does
/// no I/O, so what is measured is the runtime's own cost (reference, lookup, turn, invoke, telemetry). The baseline,
/// in the same run: the same callers awaiting a plain async method with the same work on 10,000 plain objects.
/// With --dashboard the silo hosts the Orleans dashboard, as the product's silo does. Each is measured after 10 s of
/// the same calls untimed.
/// </summary>
internal static class GrainCallsBenchmark
{
    private const int Grains = 10_000;
    private const int WarmUpSeconds = 10;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var plain = Enumerable.Range(0, Grains).Select(i => (IPlainCounter)new PlainCounter(i)).ToArray();
        await MeasureAsync("plain-calls warm-up", options with { Seconds = WarmUpSeconds }, next => plain[next].GetAsync());
        var baseline = await MeasureAsync("plain-calls", options, next => plain[next].GetAsync());

        await using var host = await BenchHost.StartAsync(dashboard: options.Dashboard);
        var factory = host.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, Grains).Select(i => factory.GetGrain<IBenchCounterGrain>($"hot{i}")).ToArray();
        await Task.WhenAll(grains.Select(g => g.GetAsync()));
        // Untimed first, as for the baseline: the JIT recompiles the call path (tiered compilation) for several seconds.
        await MeasureAsync("grain-calls warm-up", options with { Seconds = WarmUpSeconds }, next => grains[next].GetAsync());
        var measured = await MeasureAsync("grain-calls", options, next => grains[next].GetAsync());

        var silo = options.Dashboard ? "silo with the Orleans dashboard" : "silo without the dashboard";
        Console.WriteLine($"grain-calls: {Grains:N0} active grains, {options.Writers} callers, {silo}: {measured:N0} calls/s; "
            + $"plain async calls in the same run: {baseline:N0} calls/s; ratio {measured / baseline:0.000}");
        return 0;
    }

    private static async Task<double> MeasureAsync(string name, BenchOptions options, Func<int, Task<long>> call)
    {
        var callers = options.Writers;
        var counts = new long[callers * 16];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var progress = Progress.ReportAsync(name, () => Enumerable.Range(0, callers).Sum(c => Volatile.Read(ref counts[c * 16])),
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
                    await call(next);
                }

                Volatile.Write(ref counts[caller * 16], counts[caller * 16] + 1000);
            }
        })));
        var elapsed = clock.Elapsed;
        await progress;

        var total = Enumerable.Range(0, callers).Sum(c => counts[c * 16]);
        Console.WriteLine($"{name}: {callers} callers, {elapsed.TotalSeconds:0.0} s, {total:N0} calls, {total / elapsed.TotalSeconds:N0} calls/s");
        return total / elapsed.TotalSeconds;
    }

    private interface IPlainCounter
    {
        Task<long> GetAsync();
    }

    // The grain's GetAsync without the runtime: an async method that reads a field, called through an interface.
    private sealed class PlainCounter(long value) : IPlainCounter
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public async Task<long> GetAsync()
        {
            await Task.CompletedTask;
            return value;
        }
    }
}
