namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>A session as people read it: instants in UTC and in the venue's local time, and its ODF competition day.</summary>
/// <param name="Code">The session code, e.g. ATH01.</param>
/// <param name="Discipline">The discipline code.</param>
/// <param name="Venue">The venue code.</param>
/// <param name="TimeZone">The venue's IANA time zone.</param>
/// <param name="Title">The session's title.</param>
/// <param name="Status">The schedule status.</param>
/// <param name="StartUtc">The start in UTC.</param>
/// <param name="StartLocal">The start in venue local time, with its offset.</param>
/// <param name="EndUtc">The end in UTC.</param>
/// <param name="EndLocal">The end in venue local time, with its offset.</param>
/// <param name="Day">The ODF competition day of the start (it ends at 03:00 local).</param>
/// <param name="Units">The units, in start order.</param>
/// <param name="Version">The session stream's version.</param>
public sealed record SessionView(
    string Code,
    string Discipline,
    string Venue,
    string TimeZone,
    string Title,
    ScheduleStatus Status,
    DateTimeOffset StartUtc,
    DateTimeOffset StartLocal,
    DateTimeOffset EndUtc,
    DateTimeOffset EndLocal,
    DateOnly Day,
    IReadOnlyList<UnitView> Units,
    long Version)
{
    /// <summary>The result status of each phase the session holds units of, as its phase results last gave it; by phase.</summary>
    public IReadOnlyList<PhaseResultStatus> Phases { get; init; } = [];
}

/// <summary>The result status of a phase (from its phase results).</summary>
/// <param name="Phase">The phase-level RSC.</param>
/// <param name="Status">Its result status.</param>
public sealed record PhaseResultStatus(string Phase, ResultStatus Status);

/// <summary>A unit of a session with its start list and latest results.</summary>
/// <param name="Rsc">The unit's RSC.</param>
/// <param name="Title">The unit's title.</param>
/// <param name="StartUtc">The start in UTC.</param>
/// <param name="StartLocal">The start in venue local time, with its offset.</param>
/// <param name="Day">The ODF competition day of the start.</param>
/// <param name="Status">The result status.</param>
/// <param name="StartList">Athlete ids in start order.</param>
/// <param name="Results">The latest complete results.</param>
/// <param name="Notes">Every note recorded with results, oldest first.</param>
public sealed record UnitView(
    string Rsc,
    string Title,
    DateTimeOffset StartUtc,
    DateTimeOffset StartLocal,
    DateOnly Day,
    ResultStatus Status,
    IReadOnlyList<string> StartList,
    IReadOnlyList<UnitResultEntry> Results,
    IReadOnlyList<ResultNote> Notes)
{
    /// <summary>The unit's schedule status (SCHEDULED until a schedule update says otherwise).</summary>
    public ScheduleStatus ScheduleStatus { get; init; } = ScheduleStatus.Scheduled;
}

/// <summary>A note recorded with a unit's results.</summary>
/// <param name="Status">The result status recorded with it.</param>
/// <param name="Note">The note.</param>
/// <param name="At">When.</param>
public sealed record ResultNote(ResultStatus Status, string Note, DateTimeOffset At);
