using System.Globalization;
using System.Xml.Linq;

namespace Olympics.Orleans.Rostering.Reporting;

/// <summary>
/// The report's SVG charts, built as XML so they are always well-formed: a coverage heatmap (venue by day), histograms
/// (hours, travel, gender balance) and bars (unfilled places per venue).
/// </summary>
public static class RosterCharts
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    /// <summary>One cell per venue and day: green when covered, red when short; empty where the venue has no shift.</summary>
    public static XDocument CoverageHeatmap(RosterFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        const double cell = 22, left = 50, top = 50;
        var chart = Chart("Coverage per venue and day (filled / demand)", left + (f.Days * cell) + 20, top + (f.Venues.Count * cell) + 20);
        for (var d = 0; d < f.Days; d++)
        {
            chart.Add(Text(left + (d * cell) + 4, top - 6, d.ToString(CultureInfo.InvariantCulture)));
        }

        for (var v = 0; v < f.Venues.Count; v++)
        {
            chart.Add(Text(8, top + (v * cell) + 15, f.Venues[v]));
            for (var d = 0; d < f.Days; d++)
            {
                if (f.Coverage[v, d] is { } c)
                {
                    chart.Add(new XElement(_svg + "rect", Attr("class", "cell"), Attr("x", left + (d * cell)), Attr("y", top + (v * cell)),
                        Attr("width", cell - 2), Attr("height", cell - 2), Attr("fill", Colour(c)),
                        new XElement(_svg + "title", $"{f.Venues[v]} day {d}: {c:P1}")));
                }
            }
        }

        return new XDocument(chart);
    }

    /// <summary>A histogram of <paramref name="values"/> in <paramref name="bins"/> equal bins from their minimum to maximum.</summary>
    public static XDocument Histogram(string title, IReadOnlyList<double> values, int bins = 20)
    {
        ArgumentNullException.ThrowIfNull(values);
        var low = values.Count == 0 ? 0 : values.Min();
        var high = values.Count == 0 ? 1 : Math.Max(values.Max(), low + 1e-9);
        var counts = new long[bins];
        foreach (var x in values)
        {
            counts[Math.Min(bins - 1, (int)((x - low) / (high - low) * bins))]++;
        }

        const double height = 200, bar = 24, left = 50, top = 40;
        var most = Math.Max(1, counts.Max());
        var chart = Chart(title, left + (bins * bar) + 20, top + height + 40);
        for (var i = 0; i < bins; i++)
        {
            var h = height * counts[i] / most;
            chart.Add(new XElement(_svg + "rect", Attr("class", "bar"), Attr("x", left + (i * bar)), Attr("y", top + height - h), Attr("width", bar - 2),
                Attr("height", h), Attr("fill", "#4e79a7"), new XElement(_svg + "title", $"{low + ((high - low) * i / bins):0.#} to {low + ((high - low) * (i + 1) / bins):0.#}: {counts[i]:N0}")));
        }

        chart.Add(Text(left, top + height + 16, low.ToString("0.#", CultureInfo.InvariantCulture)), Text(left + (bins * bar) - 20, top + height + 16, high.ToString("0.#", CultureInfo.InvariantCulture)),
            Text(8, top + 10, most.ToString("N0", CultureInfo.InvariantCulture)));
        return new XDocument(chart);
    }

    /// <summary>One bar per key.</summary>
    public static XDocument Bars(string title, IReadOnlyDictionary<string, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        const double width = 420, row = 20, left = 60;
        var most = Math.Max(1, values.Values.DefaultIfEmpty(1).Max());
        var chart = Chart(title, left + width + 80, 50 + (values.Count * row));
        var y = 40.0;
        foreach (var (key, count) in values)
        {
            chart.Add(Text(10, y + 14, key), new XElement(_svg + "rect", Attr("class", "bar"), Attr("x", left), Attr("y", y + 2),
                Attr("width", Math.Max(1, width * count / most)), Attr("height", row - 4), Attr("fill", "#e15759")),
                Text(left + (width * count / most) + 6, y + 14, count.ToString("N0", CultureInfo.InvariantCulture)));
            y += row;
        }

        return new XDocument(chart);
    }

    private static string Colour(double coverage)
    {
        // Red (0 %) through yellow to green (100 %).
        var c = Math.Clamp(coverage, 0, 1);
        var red = c < 0.5 ? 255 : (int)(255 * (1 - c) * 2);
        var green = c < 0.5 ? (int)(255 * c * 2) : 200;
        return $"#{red:X2}{green:X2}40";
    }

    private static XElement Chart(string title, double width, double height) =>
        new(_svg + "svg", Attr("width", width), Attr("height", height), Attr("viewBox", $"0 0 {N(width)} {N(height)}"),
            Attr("font-family", "sans-serif"), Attr("font-size", 11), new XElement(_svg + "title", title), Text(10, 18, title));

    private static XElement Text(double x, double y, string text) => new(_svg + "text", Attr("x", x), Attr("y", y), text);

    private static XAttribute Attr(string name, object value) => new(name, value is double d ? N(d) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
