using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>
/// What follows each OFFICIAL unit result (original or correction) of a plan: the phase's DT_PHASE_RESULT (PARTIAL until
/// every unit of the phase has been official, then OFFICIAL) and, after a final's (phase FNL-), the event's DT_MEDALLISTS
/// (ranks 1 to 3) and a new version of the DT_MEDALS table, cumulative over the plan. Each is sent by the unit's results
/// system a millisecond after the result, in the venue's local time.
/// </summary>
internal sealed class SummaryTimeline(
    string competitionCode, PlanClock clock, Func<string, IReadOnlyList<string>> unitsOfPhase, Func<string, TimeZoneInfo> zoneOfUnit)
{
    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(1);
    private readonly Dictionary<string, (int Version, TimeSpan Next)> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, IReadOnlyList<Placed>> _officialUnits = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, IReadOnlyList<Placed>> _podiums = new(StringComparer.Ordinal);

    public List<PlannedMessage> Play(IEnumerable<PlannedMessage> messages)
    {
        var played = new List<PlannedMessage>();
        var officials = messages
            .Where(m => m is { DocumentType: "DT_RESULT", ResultStatus: "OFFICIAL" } && m.Kind != PlannedKind.Duplicate)
            .OrderBy(m => m.At).ThenBy(m => m.DocumentKey, StringComparer.Ordinal);
        foreach (var official in officials)
        {
            var unit = new Rsc(official.DocumentKey.Split('|')[1]);
            _officialUnits[unit.Code] = Placings(official);
            var zone = zoneOfUnit(unit.Code);
            played.Add(PhaseResult(official, unit, zone));
            if (unit.Phase == "FNL-")
            {
                _podiums[unit.EventCode] = [.. _officialUnits[unit.Code].Where(p => p.Rank is >= 1 and <= 3)];
                played.Add(Send(official, unit.EventCode, "DT_MEDALLISTS", null, zone, [.. _podiums[unit.EventCode].Select(Medal)]));
                played.Add(Send(official, Apply.OdfApplyPlan.MedalTableCode, "DT_MEDALS", null, zone, MedalTable.Standings(_podiums.Values)));
            }
        }

        return played;
    }

    private PlannedMessage PhaseResult(PlannedMessage official, Rsc unit, TimeZoneInfo zone)
    {
        var units = unitsOfPhase(unit.PhaseCode);
        var status = units.All(_officialUnits.ContainsKey) ? "OFFICIAL" : "PARTIAL";
        var results = units.Where(_officialUnits.ContainsKey).SelectMany(u => _officialUnits[u].Select(p => (Unit: u, Placed: p)))
            .Select((r, i) => new XElement("Result", new XAttribute("Unit", r.Unit), new XAttribute("Rank", Number(r.Placed.Rank)),
                new XAttribute("SortOrder", Number(i + 1)), Competitor(r.Placed)));
        return Send(official, unit.PhaseCode, "DT_PHASE_RESULT", status, zone, [.. results]);
    }

    private PlannedMessage Send(PlannedMessage official, string code, string type, string? status, TimeZoneInfo zone, object[] content)
    {
        var (version, next) = _documents.GetValueOrDefault(code, (0, TimeSpan.MinValue));
        var at = official.At + _tick >= next ? official.At + _tick : next;
        _documents[code] = (version + 1, at + _tick);
        return new OdfEnvelope(competitionCode, code, null, type, "ENG", official.Source, zone)
            .Message(at, clock, version + 1, status, PlannedKind.Original, content);
    }

    private static List<Placed> Placings(PlannedMessage official) =>
        [.. XElement.Parse(Encoding.UTF8.GetString(official.Body.Span)).Descendants("Result").Select(r => new Placed(
            (int)r.Attribute("Rank")!, (string)r.Element("Competitor")!.Attribute("Code")!, (string)r.Element("Competitor")!.Attribute("Organisation")!))];

    private static XElement Medal(Placed placed) => new("Medal",
        new XAttribute("Type", placed.Rank switch { 1 => "ME_GOLD", 2 => "ME_SILVER", _ => "ME_BRONZE" }), Competitor(placed));

    private static XElement Competitor(Placed placed) => new("Competitor",
        new XAttribute("Code", placed.Code), new XAttribute("Type", "A"), new XAttribute("Organisation", placed.Noc));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An athlete's rank in an official result.</summary>
internal sealed record Placed(int Rank, string Code, string Noc);
