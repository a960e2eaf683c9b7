using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>Turns a session's state into the view people read, in UTC and in the venue's local time.</summary>
public static class SessionViews
{
    /// <summary>The view of <paramref name="session"/> at stream version <paramref name="version"/>.</summary>
    public static SessionView From(Session session, long version)
    {
        ArgumentNullException.ThrowIfNull(session);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(session.TimeZone);
        return new SessionView(
            session.Code, session.Discipline, session.Venue, session.TimeZone, session.Title, session.Status,
            session.Start, TimeZoneInfo.ConvertTime(session.Start, zone), session.End, TimeZoneInfo.ConvertTime(session.End, zone),
            LogicalDay.Of(session.Start, zone),
            [.. session.Units.Select(u => new UnitView(
                u.Rsc, u.Title, u.Start, TimeZoneInfo.ConvertTime(u.Start, zone), LogicalDay.Of(u.Start, zone),
                u.Status, u.StartList, u.Results, u.Notes) { ScheduleStatus = u.ScheduleStatus })],
            version) { Phases = session.Phases };
    }
}
