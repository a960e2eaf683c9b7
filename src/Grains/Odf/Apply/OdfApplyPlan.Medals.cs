using System.Xml.Linq;
using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;

namespace Olympics.Orleans.Grains.Odf.Apply;

// The bodies that update the medals: an event's medallists (DT_MEDALLISTS) and the medal table (DT_MEDALS).
public static partial class OdfApplyPlan
{
    // <Medal Type="ME_GOLD"><Competitor Code= Type= Organisation=/></Medal>: ties give two Medal elements of a type.
    private static List<Medallist> MedallistsOf(XElement competition) =>
        [.. OdfXml.Children(competition, "Medal").SelectMany(medal =>
        {
            var type = MedalOf(medal);
            return OdfXml.Children(medal, "Competitor").Select(c => new Medallist(type, OdfXml.Required(c, "Code"), OdfXml.Required(c, "Organisation")));
        })];

    private static MedalType MedalOf(XElement medal) => OdfXml.Required(medal, "Type") switch
    {
        "ME_GOLD" => MedalType.Gold,
        "ME_SILVER" => MedalType.Silver,
        "ME_BRONZE" => MedalType.Bronze,
        var other => throw new InvalidCommandException("Medal.Type", $"'{other}' is not ME_GOLD, ME_SILVER or ME_BRONZE."),
    };

    // <MedalStandings><MedalLine Rank= Organisation= Gold= Silver= Bronze= Total=/>...</MedalStandings>
    private static List<MedalLine> LinesOf(XElement competition)
    {
        var standings = OdfXml.Children(competition, "MedalStandings").FirstOrDefault()
            ?? throw new InvalidCommandException("MedalStandings", "A DT_MEDALS has a MedalStandings element.");
        return [.. OdfXml.Children(standings, "MedalLine").Select(l => new MedalLine(
            Count(l, "Rank"), OdfXml.Required(l, "Organisation"), Count(l, "Gold"), Count(l, "Silver"), Count(l, "Bronze"), Count(l, "Total")))];
    }

    private static int Count(XElement line, string name) =>
        OdfXml.Number(line, name) ?? throw new InvalidCommandException($"MedalLine.{name}", $"A MedalLine element has no {name} attribute.");
}
