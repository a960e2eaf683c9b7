using System.Globalization;
using System.Xml.Linq;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>The body of a unit's DT_RESULT: the start list, or the competitors in rank order.</summary>
internal static class UnitResults
{
    public static XElement[] StartList(IReadOnlyList<GamesAthlete> startList) =>
        startList.Select((a, i) => new XElement("Result",
            new XAttribute("SortOrder", Number(i + 1)), new XAttribute("StartOrder", Number(i + 1)), Competitor(a))).ToArray();

    public static XElement[] Ranked(IReadOnlyList<GamesAthlete> order, int marksShown) =>
        order.Select((a, i) => new XElement("Result",
            new XAttribute("Rank", Number(i + 1)), new XAttribute("SortOrder", Number(i + 1)),
            new XAttribute("Result", Number((marksShown * 100) - (i * 7))), Competitor(a))).ToArray();

    public static XElement Note(int version, string text) => new("Notes", new XElement("Note", new XAttribute("Version", Number(version)), text));

    private static XElement Competitor(GamesAthlete athlete) => new("Competitor",
        new XAttribute("Code", Number(athlete.Id)), new XAttribute("Type", "A"), new XAttribute("Organisation", athlete.Noc));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
