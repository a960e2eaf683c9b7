using Olympics.Orleans.Rostering.Reporting;
using static Olympics.Orleans.Rostering.Tests.Tiny;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class RosterReportTests
{
    [Fact]
    public void Coverage_is_filled_over_demand_per_venue_and_day_and_the_heatmap_has_a_cell_for_each_venue_day_with_shifts()
    {
        var instance = Instance([Volunteer(0, 'F'), Volunteer(1, 'M')], [Shift(0, 0, 8, 14, demand: 4), Shift(1, 1, 8, 14, venue: 1)]);

        var figures = RosterFigures.Of(instance, Plan((0, 0), (0, 1), (1, 0)));
        var svg = RosterCharts.CoverageHeatmap(figures);

        figures.Coverage[0, 0].ShouldBe(0.5);
        figures.Coverage[1, 1].ShouldBe(1.0);
        figures.Coverage[2, 0].ShouldBeNull();
        figures.UnfilledByVenue.ShouldBe(new Dictionary<string, long> { ["BCY"] = 2 });
        figures.HoursPerVolunteer.Order().ShouldBe([6.0, 12.0]);
        svg.Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "cell").ShouldBe(2);
    }

    [Fact]
    public void A_histogram_counts_every_value_once()
    {
        var svg = RosterCharts.Histogram("t", [0, 1, 1, 2, 10], bins: 5);

        var titles = svg.Descendants().Where(e => e.Name.LocalName == "rect").Select(r => r.Value).ToList();
        titles.Sum(t => long.Parse(t[(t.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(5);
    }
}
