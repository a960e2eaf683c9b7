using System.Diagnostics;

namespace Olympics.Orleans.LatencyBench;

/// <summary>What one rate's run saw: latencies per tier, deliveries against what was stored, the silo's CPU and memory.</summary>
internal sealed class RunResult(int rate)
{
    public int Rate { get; } = rate;
    public Histogram Cis { get; } = new();
    public Histogram CisSinceStored { get; } = new();
    public Histogram PostRoundTrip { get; } = new();
    public Histogram FeedSincePost { get; } = new();
    public Histogram FeedSinceStored { get; } = new();
    public long ExpectedCis { get; set; }
    public long ExpectedFeed { get; set; }
    public int Stored { get; set; }
    public int Failed { get; set; }

    /// <summary>Ingest POSTs that succeeded after a retry, and the tries answered transiently (503 or a broken connection).</summary>
    public (int Retried, int Transient) Retries { get; set; }

    /// <summary>SSE streams opened again after their silo ended them, and messages a subscriber was sent twice.</summary>
    public (int Reopened, long Duplicates) Streams { get; set; }

    /// <summary>The silos restarted during the run (ROLLING=1), each from SIGTERM until its successor was ready.</summary>
    public IReadOnlyList<(int Silo, TimeSpan Down)> Restarts { get; set; } = [];
    /// <summary>CPU and memory sampled in the measured window (not the warm-up).</summary>
    public (double SiloCpu, double PostgresCpu, double RssMb, double OwnCpu) Resources { get; set; }

    /// <summary>The silos' mean CPU during the warm-up, share of one core.</summary>
    public double WarmupSiloCpu { get; set; }

    public void Record(bool cis, Receipt receipt, long sentTimestamp, double feedDelayMs)
    {
        var sincePost = Stopwatch.GetElapsedTime(sentTimestamp, receipt.ArrivedTimestamp).TotalMilliseconds;
        if (cis)
        {
            Cis.Record(sincePost);
            CisSinceStored.Record((receipt.ArrivedAt - receipt.StoredAt).TotalMilliseconds);
            return;
        }

        FeedSincePost.Record(sincePost);
        FeedSinceStored.Record((receipt.ArrivedAt - receipt.StoredAt).TotalMilliseconds, floorMs: feedDelayMs);
    }
}
