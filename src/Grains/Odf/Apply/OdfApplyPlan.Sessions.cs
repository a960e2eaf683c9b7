using System.Xml.Linq;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Odf.Apply;

// The bodies that update sessions: a unit's results (DT_RESULT) and the schedule (DT_SCHEDULE, DT_SCHEDULE_UPDATE).
public static partial class OdfApplyPlan
{
    // <Result Rank= Result= IRM=><Competitor Code=/></Result>, in order. Notes: the document's so far (stored with the
    // version) and any Note element of this version, wherever it sits (in Notes, or directly in the competition data).
    private static OdfApplyDecision UnitResult(OdfHeader header, string xml, DateTimeOffset at, IReadOnlyList<string>? notesSoFar)
    {
        var unit = UnitRsc(header);
        var status = StatusOf(header);
        var competition = OdfXml.Competition(xml);
        var results = OdfXml.Children(competition, "Result").ToList();
        if (status == ResultStatus.StartList)
        {
            return Step(OdfTarget.SessionOfUnit, unit, new SetStartList(unit, [.. results.Select(Competitor)], at, header.Version));
        }

        var entries = results.Select(r => new UnitResultEntry(
            Competitor(r), OdfXml.Number(r, "Rank"), OdfXml.Optional(r, "Result"), OdfXml.Optional(r, "IRM"), null, false)).ToList();
        var notes = OdfNotes.Union(notesSoFar, OdfNotes.Of(competition));
        return Step(OdfTarget.SessionOfUnit, unit, new RecordUnitResult(unit, status, entries, null, at, header.Version, notes.Count > 0 ? notes : null));
    }

    private static string Competitor(XElement result) =>
        OdfXml.Children(result, "Competitor").FirstOrDefault() is { } competitor
            ? OdfXml.Required(competitor, "Code")
            : throw new InvalidCommandException("Result.Competitor", "A Result element has no Competitor.");

    // DT_SCHEDULE and DT_SCHEDULE_UPDATE: <Session Code= (or SessionCode=) ScheduleStatus= StartDate= EndDate=/> and
    // <Unit Code= ScheduleStatus= SessionCode=/>. A unit's session is its SessionCode, else the header's DocumentSubcode;
    // a session's is its Code (or SessionCode), else the DocumentSubcode. One command per session named, in the order
    // first named, each with the document's key: a discipline's DT_SCHEDULE and a session's updates count versions apart.
    private static OdfApplyDecision Schedules(OdfHeader header, string xml, DateTimeOffset at)
    {
        var subcode = header.DocumentSubcode is null ? null : Codes.Session(header.DocumentSubcode, "DocumentSubcode");
        var competition = OdfXml.Competition(xml);
        var sessions = new OrderedDictionary<string, SessionSchedule>(StringComparer.Ordinal);
        SessionSchedule Of(string code) => sessions.TryGetValue(code, out var named) ? named : sessions[code] = new SessionSchedule();
        foreach (var session in OdfXml.Children(competition, "Session"))
        {
            var code = SessionOf(session, subcode, ["Code", "SessionCode"]);
            if (subcode is not null && code != subcode)
            {
                throw new InvalidCommandException("Session.Code", $"The Session element is {code}, but the document is about session {subcode}.");
            }

            var schedule = Of(code);
            schedule.Status = OdfXml.Optional(session, "ScheduleStatus") is null ? null : ScheduleStatusOf(session);
            (schedule.Start, schedule.End) = (OdfXml.Instant(session, "StartDate"), OdfXml.Instant(session, "EndDate"));
        }

        foreach (var unit in OdfXml.Children(competition, "Unit"))
        {
            var rsc = OdfXml.Required(unit, "Code");
            Of(SessionOf(unit, subcode, ["SessionCode"])).Units.Add(new UnitSchedule(rsc, ScheduleStatusOf(unit)));
        }

        return new([.. sessions.Select(s => new OdfApplyStep(OdfTarget.Session, s.Key,
            new UpdateSchedule(s.Value.Status, s.Value.Units, s.Value.Start, s.Value.End, at, header.Version, header.DocumentKey)))]);
    }

    private static string SessionOf(XElement element, string? subcode, string[] attributes)
    {
        var name = element.Name.LocalName;
        foreach (var attribute in attributes)
        {
            if (OdfXml.Optional(element, attribute) is { } code)
            {
                return Codes.Session(code, $"{name}.{attribute}");
            }
        }

        return subcode ?? throw new InvalidCommandException($"{name}.{attributes[^1]}",
            $"A {name} element names no session ({string.Join(" or ", attributes)}) and the header has no DocumentSubcode.");
    }

    private static ScheduleStatus ScheduleStatusOf(XElement element)
    {
        var text = OdfXml.Required(element, "ScheduleStatus");
        return OdfCode.TryParse<ScheduleStatus>(text, out var status)
            ? status
            : throw new InvalidCommandException($"{element.Name.LocalName}.ScheduleStatus", $"'{text}' is not a schedule status the sessions keep.");
    }

    private sealed class SessionSchedule
    {
        public ScheduleStatus? Status { get; set; }

        public DateTimeOffset? Start { get; set; }

        public DateTimeOffset? End { get; set; }

        public List<UnitSchedule> Units { get; } = [];
    }
}
