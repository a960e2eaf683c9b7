using System.Diagnostics;
using System.Globalization;

namespace Olympics.Orleans.Benchmarks;

/// <summary>Operation latencies recorded per worker without locks, merged for percentiles at the end.</summary>
internal sealed class Latencies
{
    private readonly List<long>[] _perWorker;

    public Latencies(int workers) => _perWorker = [.. Enumerable.Range(0, workers).Select(_ => new List<long>(1 << 16))];

    public void Record(int worker, long startTimestamp) => _perWorker[worker].Add(Stopwatch.GetTimestamp() - startTimestamp);

    public long Count => _perWorker.Sum(l => (long)l.Count);

    public string Summary()
    {
        var all = _perWorker.SelectMany(l => l).Order().ToArray();
        if (all.Length == 0)
        {
            return "no samples";
        }

        string Ms(double q) => (all[Math.Min(all.Length - 1, (int)(q * all.Length))] * 1000.0 / Stopwatch.Frequency).ToString("0.000", CultureInfo.InvariantCulture);
        return $"p50 {Ms(0.50)} ms, p90 {Ms(0.90)} ms, p99 {Ms(0.99)} ms, max {Ms(0.999999)} ms";
    }
}
