using Olympics.Orleans.Replay.Report;

namespace Olympics.Orleans.Replay.Tests.Report;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentiles_of_a_million_latencies_are_within_one_percent_in_a_fixed_size()
    {
        var histogram = new LatencyHistogram();
        for (var i = 1; i <= 1_000_000; i++)
        {
            histogram.Record(TimeSpan.FromMicroseconds(i * 10)); // 10 µs .. 10 s, uniform
        }

        histogram.Count.ShouldBe(1_000_000);
        histogram.Percentile(0.5).TotalMilliseconds.ShouldBe(5_000, 50);
        histogram.Percentile(0.9).TotalMilliseconds.ShouldBe(9_000, 90);
        histogram.Percentile(0.99).TotalMilliseconds.ShouldBe(9_900, 99);
        histogram.Max.ShouldBe(TimeSpan.FromSeconds(10));
        histogram.Min.ShouldBe(TimeSpan.FromMicroseconds(10));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(127L)]
    [InlineData(128L)]
    [InlineData(1_000_000L)]
    [InlineData((1L << 40) - 1)]
    public void Every_value_falls_in_a_bucket_that_holds_it(long micros)
    {
        var (low, high) = LatencyHistogram.BoundsOf(LatencyHistogram.IndexOf(micros));

        micros.ShouldBeInRange(low, high);
        (high - low).ShouldBeLessThanOrEqualTo(Math.Max(0, micros / 64));
    }

    [Fact]
    public void A_negative_latency_from_skewed_clocks_counts_as_zero()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(-3));

        (histogram.Count, histogram.Max, histogram.Percentile(0.99)).ShouldBe((1, TimeSpan.Zero, TimeSpan.Zero));
    }
}
