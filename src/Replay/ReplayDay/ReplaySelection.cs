using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;

namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>Which original messages to replay: those of a logical day (Header.LogicalDate), of one session, or both.</summary>
internal sealed record ReplaySelection(DateOnly? Day, string? Session)
{
    public bool Matches(OdfHeader header, StoredSessions sessions) =>
        (Day is not { } day || header.LogicalDate == day)
        && (Session is not { } session || sessions.Rule.Of(header).Contains(session, StringComparer.Ordinal));

    public override string ToString() =>
        (Day, Session) switch
        {
            ({ } day, { } session) => $"session {session} on {day:yyyy-MM-dd}",
            (null, { } session) => $"session {session}",
            ({ } day, null) => $"logical day {day:yyyy-MM-dd}",
            _ => "nothing",
        };
}
