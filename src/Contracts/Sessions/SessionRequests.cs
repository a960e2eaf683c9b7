namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>The HTTP body that schedules a session; the silo stamps the time.</summary>
/// <param name="Discipline">The discipline code, e.g. ATH.</param>
/// <param name="Venue">The venue code, e.g. STA.</param>
/// <param name="Title">The session's title.</param>
/// <param name="Start">When it starts (an instant with an offset; stored in UTC).</param>
/// <param name="End">When it ends.</param>
/// <param name="Units">Its units.</param>
public sealed record ScheduleSessionRequest(
    string Discipline, string Venue, string Title, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<PlannedUnit> Units);

/// <summary>The HTTP body that changes a session's schedule status.</summary>
/// <param name="Status">The new status.</param>
/// <param name="Reason">Why; optional.</param>
/// <param name="Start">The new start, for RESCHEDULED.</param>
/// <param name="End">The new end, for RESCHEDULED.</param>
public sealed record ChangeSessionStatusRequest(ScheduleStatus Status, string? Reason = null, DateTimeOffset? Start = null, DateTimeOffset? End = null);

/// <summary>The HTTP body that sets a unit's start list.</summary>
/// <param name="Athletes">Athlete ids in start order.</param>
public sealed record SetStartListRequest(IReadOnlyList<string> Athletes);

/// <summary>The HTTP body that records a unit's results.</summary>
/// <param name="Status">The result status.</param>
/// <param name="Results">The complete results.</param>
/// <param name="Note">Why they changed; required after OFFICIAL.</param>
public sealed record RecordUnitResultRequest(ResultStatus Status, IReadOnlyList<UnitResultEntry> Results, string? Note = null);
