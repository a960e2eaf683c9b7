using System.Diagnostics;
using System.Globalization;

namespace Olympics.Orleans.Benchmarks;

/// <summary>Prints one progress line a second while a timed run goes on, so a long run never looks hung.</summary>
internal static class Progress
{
    public static async Task ReportAsync(string name, Func<long> done, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        long previous = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(1000, ct);
                var now = done();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [{name}] {clock.Elapsed.TotalSeconds,5:0}s / {duration.TotalSeconds:0}s  {now - previous,10:N0} ops in the last second  {now,12:N0} total"));
                previous = now;
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
