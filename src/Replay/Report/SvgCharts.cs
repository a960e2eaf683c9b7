using System.Globalization;
using System.Xml.Linq;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// Hand-made SVG charts, built as XML so they are always well-formed: latency per tier (one bar per tier up to its p99,
/// with p50 and p90 marked) and messages per discipline (one bar each).
/// </summary>
internal static class SvgCharts
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    public static XDocument LatencyPerTier(IReadOnlyDictionary<string, LatencyHistogram> tiers)
    {
        var top = Math.Max(1, tiers.Values.Select(h => h.Percentile(0.99).TotalMilliseconds).DefaultIfEmpty(1).Max());
        const double height = 240, barWidth = 60, gap = 40, left = 70;
        var chart = Chart("Delivery latency per tier (bar: p99; marks: p50, p90), ms", left + (tiers.Count * (barWidth + gap)) + gap, height + 80);
        chart.Add(Text(10, 45, $"{top:0.#} ms"), Text(10, 40 + height, "0"), Line(left - 5, 40 + height, left + (tiers.Count * (barWidth + gap)), 40 + height));
        var x = left + (gap / 2);
        foreach (var (tier, histogram) in tiers)
        {
            double Y(TimeSpan t) => 40 + height - (height * t.TotalMilliseconds / top);
            var p99 = histogram.Percentile(0.99);
            chart.Add(
                new XElement(_svg + "rect", Attr("class", "bar"), Attr("x", x), Attr("y", Y(p99)), Attr("width", barWidth), Attr("height", 40 + height - Y(p99)),
                    Attr("fill", "#4e79a7"), new XElement(_svg + "title", $"{tier}: p50 {ReportData.Ms(histogram.Percentile(0.5))} ms, p90 {ReportData.Ms(histogram.Percentile(0.9))} ms, p99 {ReportData.Ms(p99)} ms, n {histogram.Count}")),
                Mark(x, Y(histogram.Percentile(0.5)), barWidth, "#f28e2b"),
                Mark(x, Y(histogram.Percentile(0.9)), barWidth, "#e15759"),
                Text(x, 60 + height, tier),
                Text(x, Y(p99) - 4, ReportData.Ms(p99)));
            x += barWidth + gap;
        }

        return new XDocument(chart);
    }

    public static XDocument MessagesPerDiscipline(IReadOnlyDictionary<string, long> disciplines)
    {
        var top = Math.Max(1, disciplines.Values.DefaultIfEmpty(1).Max());
        const double width = 420, row = 20, left = 60;
        var chart = Chart("Messages per discipline", left + width + 80, 50 + (disciplines.Count * row));
        var y = 40.0;
        foreach (var (discipline, count) in disciplines)
        {
            chart.Add(
                Text(10, y + 14, discipline),
                new XElement(_svg + "rect", Attr("class", "bar"), Attr("x", left), Attr("y", y + 2), Attr("width", Math.Max(1, width * count / top)),
                    Attr("height", row - 4), Attr("fill", "#59a14f")),
                Text(left + (width * count / top) + 6, y + 14, count.ToString("N0", CultureInfo.InvariantCulture)));
            y += row;
        }

        return new XDocument(chart);
    }

    private static XElement Chart(string title, double width, double height) =>
        new(_svg + "svg", Attr("width", width), Attr("height", height), Attr("viewBox", $"0 0 {N(width)} {N(height)}"),
            Attr("font-family", "sans-serif"), Attr("font-size", 12),
            new XElement(_svg + "title", title), Text(10, 20, title));

    private static XElement Mark(double x, double y, double width, string colour) =>
        new(_svg + "line", Attr("class", "mark"), Attr("x1", x - 4), Attr("y1", y), Attr("x2", x + width + 4), Attr("y2", y), Attr("stroke", colour), Attr("stroke-width", 3));

    private static XElement Line(double x1, double y1, double x2, double y2) =>
        new(_svg + "line", Attr("x1", x1), Attr("y1", y1), Attr("x2", x2), Attr("y2", y2), Attr("stroke", "#333"));

    private static XElement Text(double x, double y, string text) => new(_svg + "text", Attr("x", x), Attr("y", y), text);

    private static XAttribute Attr(string name, object value) => new(name, value is double d ? N(d) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
