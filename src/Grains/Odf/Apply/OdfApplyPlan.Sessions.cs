using System.Xml.Linq;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Odf.Apply;

// The bodies that update sessions: a unit's results (DT_RESULT) and a session's schedule (DT_SCHEDULE_UPDATE).
public static partial class OdfApplyPlan
{
    // <Result Rank= Result= IRM=><Competitor Code=/></Result>, in order; <Notes><Note>: the latest note is the last one.
    private static OdfApplyDecision UnitResult(OdfHeader header, string xml, DateTimeOffset at)
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
        var note = OdfXml.Children(competition, "Notes").SelectMany(n => OdfXml.Children(n, "Note")).LastOrDefault()?.Value.Trim();
        return Step(OdfTarget.SessionOfUnit, unit, new RecordUnitResult(unit, status, entries, note is { Length: > 0 } ? note : null, at, header.Version));
    }

    private static string Competitor(XElement result) =>
        OdfXml.Children(result, "Competitor").FirstOrDefault() is { } competitor
            ? OdfXml.Required(competitor, "Code")
            : throw new InvalidCommandException("Result.Competitor", "A Result element has no Competitor.");

    // DocumentSubcode is the session; <Session Code= ScheduleStatus= StartDate= EndDate=/> and <Unit Code= ScheduleStatus=/>.
    private static OdfApplyDecision Schedule(OdfHeader header, string xml, DateTimeOffset at)
    {
        var code = Codes.Session(header.DocumentSubcode, "DocumentSubcode");
        var competition = OdfXml.Competition(xml);
        var session = OdfXml.Children(competition, "Session").FirstOrDefault();
        if (session is not null && OdfXml.Optional(session, "Code") is { } named && named != code)
        {
            throw new InvalidCommandException("Session.Code", $"The Session element is {named}, but the document is about session {code}.");
        }

        var units = OdfXml.Children(competition, "Unit")
            .Select(u => new UnitSchedule(OdfXml.Required(u, "Code"), ScheduleStatusOf(u))).ToList();
        var status = session is null ? (ScheduleStatus?)null : ScheduleStatusOf(session);
        return Step(OdfTarget.Session, code, new UpdateSchedule(
            status, units, session is null ? null : OdfXml.Instant(session, "StartDate"), session is null ? null : OdfXml.Instant(session, "EndDate"), at, header.Version));
    }

    private static ScheduleStatus ScheduleStatusOf(XElement element)
    {
        var text = OdfXml.Required(element, "ScheduleStatus");
        return OdfCode.TryParse<ScheduleStatus>(text, out var status)
            ? status
            : throw new InvalidCommandException($"{element.Name.LocalName}.ScheduleStatus", $"'{text}' is not a schedule status the sessions keep.");
    }
}
