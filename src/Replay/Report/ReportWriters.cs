using System.Text;

namespace Olympics.Orleans.Replay.Report;

/// <summary>The report as Markdown (one document, charts linked when written beside it) or as one CSV file per table.</summary>
internal static class ReportWriters
{
    public static async Task MarkdownAsync(ReportData data, TextWriter output, IReadOnlyDictionary<string, string> charts, CancellationToken ct)
    {
        await output.WriteLineAsync($"# Report: {data.Window}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"From {data.Store}. Latency is DeliveredAt - StoredAt of the recorded deliveries (feed subscribers are sampled).");
        foreach (var table in data.Tables())
        {
            ct.ThrowIfCancellationRequested();
            await output.WriteLineAsync();
            await output.WriteLineAsync($"## {table.Title}");
            await output.WriteLineAsync();
            if (charts.TryGetValue(table.Name, out var chart))
            {
                await output.WriteLineAsync($"![{table.Title}]({chart})");
                await output.WriteLineAsync();
            }

            await output.WriteLineAsync($"| {string.Join(" | ", table.Columns)} |");
            await output.WriteLineAsync($"|{string.Concat(table.Columns.Select(_ => " --- |"))}");
            var any = false;
            foreach (var row in table.Rows)
            {
                any = true;
                await output.WriteLineAsync($"| {string.Join(" | ", row.Select(Cell))} |");
            }

            if (!any)
            {
                await output.WriteLineAsync($"| (none) |{string.Concat(table.Columns.Skip(1).Select(_ => " |"))}");
            }
        }
    }

    public static async Task CsvAsync(ReportData data, DirectoryInfo directory, CancellationToken ct)
    {
        foreach (var table in data.Tables())
        {
            await using var file = new StreamWriter(Path.Combine(directory.FullName, table.Name + ".csv"), false, new UTF8Encoding(false));
            await file.WriteLineAsync(string.Join(',', table.Columns.Select(Csv)));
            foreach (var row in table.Rows)
            {
                ct.ThrowIfCancellationRequested();
                await file.WriteLineAsync(string.Join(',', row.Select(Csv)));
            }
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
