using System.Xml.Linq;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>
/// A session's DT_SCHEDULE_UPDATE: GETTING_READY, RUNNING, each unit's RUNNING and FINISHED, then FINISHED; every
/// version is complete (the session and all its units' statuses).
/// </summary>
internal static class SessionTimeline
{
    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(1);

    public static List<PlannedMessage> Play(
        CompetitionSession session, IReadOnlyList<(string Unit, TimeSpan Running, TimeSpan Finished)> units, PlanClock clock, OdfEnvelope envelope)
    {
        var changes = new List<(TimeSpan At, string? Unit, string Status)>
        {
            (clock.PlanAt(session.Start.AddMinutes(-30)), null, "GETTING_READY"),
            (units.Count == 0 ? clock.PlanAt(session.Start) : units.Min(u => u.Running), null, "RUNNING"),
        };
        changes.AddRange(units.Select(u => (u.Running, (string?)u.Unit, "RUNNING")));
        changes.AddRange(units.Select(u => (u.Finished, (string?)u.Unit, "FINISHED")));
        var end = units.Count == 0 ? clock.PlanAt(session.End) : units.Max(u => u.Finished);
        changes.Add((Max(end, clock.PlanAt(session.End)), null, "FINISHED"));

        var status = "SCHEDULED";
        var unitStatus = units.ToDictionary(u => u.Unit, _ => "SCHEDULED", StringComparer.Ordinal);
        var messages = new List<PlannedMessage>();
        var next = TimeSpan.MinValue;
        foreach (var change in changes.OrderBy(c => c.At).ThenBy(c => c.Unit is null && c.Status == "FINISHED"))
        {
            if (change.Unit is null)
            {
                status = change.Status;
            }
            else
            {
                unitStatus[change.Unit] = change.Status;
            }

            var at = Max(change.At, next);
            next = at + _tick;
            messages.Add(envelope.Message(at, clock, messages.Count + 1, null, PlannedKind.Original,
                new XElement("Session", new XAttribute("Code", session.Code), new XAttribute("Venue", session.Venue), new XAttribute("ScheduleStatus", status)),
                units.Select(u => new XElement("Unit", new XAttribute("Code", u.Unit), new XAttribute("ScheduleStatus", unitStatus[u.Unit])))));
        }

        return messages;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
