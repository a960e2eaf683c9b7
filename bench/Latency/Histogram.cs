using System.Globalization;
using System.Text;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// Latencies in 0.1 ms buckets up to 20 s, counted without locks; lossless enough for percentiles to 0.1 ms and cheap
/// to record from thousands of connections: a sample is one interlocked increment of its bucket (no shared total that
/// every thread would write; <see cref="Count"/> adds the buckets up when asked).
/// </summary>
internal sealed class Histogram
{
    private const int BucketsPerMs = 10;
    private readonly long[] _counts = new long[20_000 * BucketsPerMs];
    private long _below;
    private double _minMs = double.MaxValue;
    private readonly Lock _minGate = new();

    public long Count
    {
        get
        {
            long count = 0;
            foreach (ref var bucket in _counts.AsSpan())
            {
                count += Volatile.Read(ref bucket);
            }

            return count;
        }
    }

    /// <summary>How many samples were under the floor given to <see cref="Record"/> (e.g. before the embargo).</summary>
    public long BelowFloor => Interlocked.Read(ref _below);

    public double MinMs => _minMs;

    public void Record(double ms, double floorMs = double.MinValue)
    {
        var bucket = (int)Math.Clamp(ms * BucketsPerMs, 0, _counts.Length - 1);
        Interlocked.Increment(ref _counts[bucket]);
        if (ms < floorMs)
        {
            Interlocked.Increment(ref _below);
        }

        if (ms < _minMs)
        {
            lock (_minGate)
            {
                _minMs = Math.Min(_minMs, ms);
            }
        }
    }

    public double Percentile(double q)
    {
        var target = (long)Math.Ceiling(q * Count);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= Math.Max(1, target))
            {
                return (i + 1) / (double)BucketsPerMs;
            }
        }

        return double.NaN;
    }

    public double MaxMs
    {
        get
        {
            for (var i = _counts.Length - 1; i >= 0; i--)
            {
                if (_counts[i] > 0)
                {
                    return (i + 1) / (double)BucketsPerMs;
                }
            }

            return double.NaN;
        }
    }

    /// <summary>A text chart: one bar per range between <paramref name="edgesMs"/>, scaled to the largest.</summary>
    public string Chart(IReadOnlyList<double> edgesMs, int width = 50)
    {
        var rows = new List<(string Label, long Count)>();
        for (var e = 0; e + 1 < edgesMs.Count; e++)
        {
            var (from, to) = ((int)(edgesMs[e] * BucketsPerMs), (int)Math.Min(edgesMs[e + 1] * BucketsPerMs, _counts.Length));
            rows.Add(($"{Ms(edgesMs[e])}-{Ms(edgesMs[e + 1])} ms", _counts.AsSpan(from, Math.Max(0, to - from)).ToArray().Sum()));
        }

        var (largest, total) = (Math.Max(1, rows.Max(r => r.Count)), Count);
        var text = new StringBuilder();
        foreach (var (label, count) in rows)
        {
            var share = total == 0 ? 0 : 100.0 * count / total;
            text.Append(CultureInfo.InvariantCulture, $"{label,-18}|{new string('#', (int)Math.Round(width * (double)count / largest)),-50}| {share,5:0.0} %\n");
        }

        return text.ToString();
    }

    private static string Ms(double ms) => ms.ToString("0.#", CultureInfo.InvariantCulture);
}
