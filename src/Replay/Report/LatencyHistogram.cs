using System.Numerics;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// Latencies in a fixed number of buckets (about 18 KB whatever the count): exact below 128 µs, then 64 buckets per
/// power of two, so a percentile is within 0.8% of the true value; count, min and max are exact. Up to 12 days.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBits = 6;
    private const int Sub = 1 << SubBits;
    private const long MaxMicros = (1L << 40) - 1;
    private readonly long[] _counts = new long[(2 * Sub) + (34 * Sub)];

    public long Count { get; private set; }

    public TimeSpan Min { get; private set; } = TimeSpan.MaxValue;

    public TimeSpan Max { get; private set; } = TimeSpan.Zero;

    /// <summary>Records one latency; a negative one (clocks of two machines) counts as zero.</summary>
    public void Record(TimeSpan latency)
    {
        var value = latency < TimeSpan.Zero ? TimeSpan.Zero : latency;
        _counts[IndexOf(Math.Min(MaxMicros, value.Ticks / TimeSpan.TicksPerMicrosecond))]++;
        Count++;
        Min = value < Min ? value : Min;
        Max = value > Max ? value : Max;
    }

    /// <summary>The latency <paramref name="quantile"/> (0.5, 0.99) of the values are at or under (nearest rank), within [Min, Max].</summary>
    public TimeSpan Percentile(double quantile)
    {
        if (Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * Count));
        long seen = 0;
        var index = 0;
        while ((seen += _counts[index]) < rank)
        {
            index++;
        }

        var (low, high) = BoundsOf(index);
        var middle = TimeSpan.FromMicroseconds((low + high) / 2.0);
        return middle < Min ? Min : middle > Max ? Max : middle;
    }

    internal static int IndexOf(long micros)
    {
        if (micros < 2 * Sub)
        {
            return (int)micros;
        }

        var shift = BitOperations.Log2((ulong)micros) - SubBits;
        return (2 * Sub) + ((shift - 1) * Sub) + (int)((micros >> shift) - Sub);
    }

    // The micro-seconds a bucket holds, inclusive.
    internal static (long Low, long High) BoundsOf(int index)
    {
        if (index < 2 * Sub)
        {
            return (index, index);
        }

        var shift = ((index - (2 * Sub)) / Sub) + 1;
        var sub = ((index - (2 * Sub)) % Sub) + Sub;
        return ((long)sub << shift, ((long)(sub + 1) << shift) - 1);
    }
}
