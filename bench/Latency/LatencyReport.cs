using System.Globalization;
using System.Text;

namespace Olympics.Orleans.LatencyBench;

/// <summary>The run as Markdown: one table row per rate against the targets, then a histogram per tier and rate.</summary>
internal static class LatencyReport
{
    private static readonly double[] _cisEdges = [0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 20000];
    private static readonly double[] _feedEdges = [0, 2000, 2002, 2005, 2010, 2020, 2050, 2100, 2200, 2500, 3000, 20000];

    public static string Markdown(LatencyOptions options, IReadOnlyList<RunResult> runs)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{options.CisSubscribers} CIS subscribers (SSE, one session each, {options.Sessions} sessions) + {options.FeedSubscribers} FEED subscribers (SSE, whole feed)");
        text.Append(options.Silos.Count > 1 ? $", spread over {options.Silos.Count} silos, as are the ingest POSTs; " : "; ");
        text.Append(CultureInfo.InvariantCulture, $"{options.Seconds} s measured after {options.WarmupSeconds} s of warm-up per rate; FEED embargo {options.FeedDelaySeconds:0.000} s.\n\n");
        text.Append("| msg/s | stored | CIS delivered | CIS p50 | CIS p99 | CIS max | FEED delivered | FEED min after stored | FEED early | FEED p50 after stored | FEED p99 after stored | FEED p99 after POST | silo CPU | PostgreSQL CPU | load tool CPU | silo RSS |\n");
        text.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in runs)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {r.Rate} | {r.Stored} | {Share(r.Cis.Count, r.ExpectedCis)} | {r.Cis.Percentile(0.50):0.0} ms | {r.Cis.Percentile(0.99):0.0} ms | {r.Cis.MaxMs:0.0} ms " +
                $"| {Share(r.FeedSincePost.Count, r.ExpectedFeed)} | {(r.FeedSinceStored.Count == 0 ? "-" : r.FeedSinceStored.MinMs.ToString("0.0", CultureInfo.InvariantCulture))} ms | {r.FeedSinceStored.BelowFloor} " +
                $"| {r.FeedSinceStored.Percentile(0.50):0.0} ms | {r.FeedSinceStored.Percentile(0.99):0.0} ms | {r.FeedSincePost.Percentile(0.99):0.0} ms " +
                $"| {r.Resources.SiloCpu:0} % | {r.Resources.PostgresCpu:0} % | {r.Resources.OwnCpu:0} % | {r.Resources.RssMb:0} MB |\n");
        }

        text.Append('\n');
        foreach (var r in runs)
        {
            var restarts = r.Restarts.Count == 0 ? "no silo restarted" : "silos restarted in turn (SIGTERM until the successor was ready): "
                + string.Join(", ", r.Restarts.Select(x => string.Create(CultureInfo.InvariantCulture, $"silo {x.Silo} {x.Down.TotalSeconds:0.0} s")));
            text.Append(CultureInfo.InvariantCulture,
                $"- {r.Rate} msg/s: {restarts}; ingest POSTs failed {r.Failed}, succeeded after a retry {r.Retries.Retried} " +
                $"(tries answered 503 or cut: {r.Retries.Transient}); SSE streams reopened {r.Streams.Reopened}, messages received twice {r.Streams.Duplicates}; " +
                $"CPU in the table is the measured window's, the silos took {r.WarmupSiloCpu:0} % during the warm-up.\n");
        }

        foreach (var r in runs)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nCIS, {r.Rate} msg/s: ingest POST to receipt ({r.Cis.Count} deliveries)\n```\n{r.Cis.Chart(_cisEdges)}```\n");
            text.Append(CultureInfo.InvariantCulture,
                $"Where CIS time goes at {r.Rate} msg/s: ingest POST answered p50 {r.PostRoundTrip.Percentile(0.5):0.0} ms, p99 {r.PostRoundTrip.Percentile(0.99):0.0} ms; " +
                $"stored time to receipt p50 {r.CisSinceStored.Percentile(0.5):0.0} ms, p99 {r.CisSinceStored.Percentile(0.99):0.0} ms.\n");
            text.Append(CultureInfo.InvariantCulture, $"FEED, {r.Rate} msg/s: stored time to receipt ({r.FeedSinceStored.Count} deliveries)\n```\n{r.FeedSinceStored.Chart(_feedEdges)}```\n");
        }

        return text.ToString();
    }

    private static string Share(long got, long expected) =>
        expected == 0 ? $"{got}" : string.Create(CultureInfo.InvariantCulture, $"{got} / {expected}");
}
