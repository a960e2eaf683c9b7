using Olympics.Orleans.Replay.ReplayDay;

namespace Olympics.Orleans.Replay.Report;

/// <summary>Everything a report shows, computed in one streaming pass per category.</summary>
internal sealed class ReportData(ReportWindow window, StoredSessions sessions, string store)
{
    public ReportWindow Window { get; } = window;

    public string Store { get; } = store;

    public LatencyTable Latency { get; } = new(sessions);

    public ReportTallies Tallies { get; } = new(window, sessions);

    /// <summary>The rows of one table: a title, column names and cells, for Markdown and CSV alike.</summary>
    public IEnumerable<ReportTable> Tables()
    {
        yield return LatencyRows("latency-per-tier", "Delivery latency per tier", ["tier"], Latency.ByTier, t => [t]);
        yield return LatencyRows("latency-per-session", "Delivery latency per session and tier", ["session", "tier"], Latency.BySession, k => [k.Session, k.Tier]);
        yield return new ReportTable("corrections-after-official", "Corrections after OFFICIAL", ["session", "unit", "status", "recorded at", "note"],
            Tallies.Corrections.Select(c => (IReadOnlyList<string>)[c.Session, c.Unit, c.Status.ToString(), c.At.ToString("u", Inv), c.Note ?? ""]));
        yield return new ReportTable("accreditation-changes-per-day", "Accreditation changes per day", ["day", "event", "count"],
            Tallies.AccreditationChanges.Select(a => (IReadOnlyList<string>)[a.Key.Day.ToString("yyyy-MM-dd", Inv), a.Key.Event, Num(a.Value)]));
        yield return Counts("messages-per-discipline", "Messages per discipline", "discipline", Tallies.MessagesPerDiscipline);
        yield return Counts("messages-per-type", "Messages per type", "document type", Tallies.MessagesPerType);
    }

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;

    private static string Num(long n) => n.ToString(Inv);

    public static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", Inv);

    private static ReportTable Counts(string name, string title, string key, SortedDictionary<string, long> counts) =>
        new(name, title, [key, "messages"], counts.Select(c => (IReadOnlyList<string>)[c.Key, Num(c.Value)]));

    private static ReportTable LatencyRows<TKey>(
        string name, string title, string[] keys, SortedDictionary<TKey, LatencyHistogram> table, Func<TKey, string[]> cells)
        where TKey : notnull =>
        new(name, title, [.. keys, "count", "p50 ms", "p90 ms", "p99 ms", "max ms"],
            table.Select(t => (IReadOnlyList<string>)[.. cells(t.Key), Num(t.Value.Count), Ms(t.Value.Percentile(0.5)), Ms(t.Value.Percentile(0.9)),
                Ms(t.Value.Percentile(0.99)), Ms(t.Value.Max)]));
}

/// <summary>One table of the report; <see cref="Name"/> is its CSV file's name without extension.</summary>
internal sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<string>> Rows);
