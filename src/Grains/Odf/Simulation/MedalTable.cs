using System.Globalization;
using System.Xml.Linq;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>The DT_MEDALS body of the simulated medallists: NOCs ranked by gold, then silver, then bronze; equal lines share a rank.</summary>
internal static class MedalTable
{
    public static object[] Standings(IEnumerable<IReadOnlyList<Placed>> podiums)
    {
        var counts = podiums.SelectMany(p => p).GroupBy(p => p.Noc, StringComparer.Ordinal)
            .Select(g => (Noc: g.Key, Gold: g.Count(p => p.Rank == 1), Silver: g.Count(p => p.Rank == 2), Bronze: g.Count(p => p.Rank == 3)))
            .OrderByDescending(c => c.Gold).ThenByDescending(c => c.Silver).ThenByDescending(c => c.Bronze).ThenBy(c => c.Noc, StringComparer.Ordinal)
            .ToList();
        var lines = counts.Select(c => new XElement("MedalLine",
            new XAttribute("Rank", Number(1 + counts.Count(o => (o.Gold, o.Silver, o.Bronze).CompareTo((c.Gold, c.Silver, c.Bronze)) > 0))),
            new XAttribute("Organisation", c.Noc), new XAttribute("Gold", Number(c.Gold)), new XAttribute("Silver", Number(c.Silver)),
            new XAttribute("Bronze", Number(c.Bronze)), new XAttribute("Total", Number(c.Gold + c.Silver + c.Bronze))));
        return [new XElement("MedalStandings", lines)];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
