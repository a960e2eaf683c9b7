using System.Diagnostics;
using Olympics.Orleans.Grains.Accreditations.Gate;

namespace Olympics.Orleans.Benchmarks;

/// <summary>The timed loops of the gate benchmark: callers on their own threads in-process, async HttpClient callers over HTTP.</summary>
internal static class GateCheckLoops
{
    public static async Task InProcessAsync(AccreditationsView view, GateCheckQueries.Query[] queries, BenchOptions options)
    {
        var callers = options.Writers;
        var latencies = new Latencies(callers);
        var counts = new long[callers * 16];
        long allowed = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var progress = Progress.ReportAsync("gate in-process", () => Sum(counts, callers), TimeSpan.FromSeconds(options.Seconds), stop.Token);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Factory.StartNew(() =>
        {
            var next = caller * 4099;
            long ok = 0;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 1000; i++)
                {
                    var q = queries[next++ & (GateCheckQueries.Count - 1)];
                    var start = Stopwatch.GetTimestamp();
                    ok += view.Check(q.Card, q.Venue, q.Zone, q.At).Allowed ? 1 : 0;
                    latencies.Record(caller, start);
                }

                Volatile.Write(ref counts[caller * 16], counts[caller * 16] + 1000);
            }

            Interlocked.Add(ref allowed, ok);
        }, TaskCreationOptions.LongRunning)));
        Report("in-process", callers, clock.Elapsed, Sum(counts, callers), allowed, latencies);
        await progress;
    }

    public static async Task HttpAsync(Uri address, GateCheckQueries.Query[] queries, BenchOptions options)
    {
        var callers = options.Writers;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = callers, UseProxy = false }) { BaseAddress = address };
        await http.GetStringAsync(queries[0].Url);
        var latencies = new Latencies(callers);
        var counts = new long[callers * 16];
        long allowed = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var progress = Progress.ReportAsync("gate http", () => Sum(counts, callers), TimeSpan.FromSeconds(options.Seconds), stop.Token);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var next = caller * 4099;
            long ok = 0;
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                var body = await http.GetStringAsync(queries[next++ & (GateCheckQueries.Count - 1)].Url);
                latencies.Record(caller, start);
                ok += body.StartsWith("{\"allowed\":true", StringComparison.Ordinal) ? 1 : 0;
                Volatile.Write(ref counts[caller * 16], counts[caller * 16] + 1);
            }

            Interlocked.Add(ref allowed, ok);
        })));
        Report("http", callers, clock.Elapsed, Sum(counts, callers), allowed, latencies);
        await progress;
    }

    private static long Sum(long[] counts, int callers) => Enumerable.Range(0, callers).Sum(c => Volatile.Read(ref counts[c * 16]));

    private static void Report(string how, int callers, TimeSpan elapsed, long checks, long allowed, Latencies latencies) =>
        Console.WriteLine($"gate-check {how}: {callers} callers, {elapsed.TotalSeconds:0.0} s, {checks:N0} checks, {checks / elapsed.TotalSeconds:N0} checks/s, {100.0 * allowed / Math.Max(1, checks):0}% allowed, {latencies.Summary()}");
}
