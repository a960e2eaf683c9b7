using Olympics.Orleans.Contracts.Sessions;

namespace Olympics.Orleans.GrainInterfaces.Sessions;

/// <summary>
/// Mark a unit as running: when its results are still at START_LIST (with a start list set), they move to LIVE with no
/// results yet; otherwise nothing changes. Running data (ODF DT_CURRENT) sends it many times a second, so repeating it
/// never records anything.
/// </summary>
/// <param name="Unit">The unit's RSC.</param>
/// <param name="At">When the command was issued (UTC).</param>
/// <param name="OdfVersion">
/// The Version of the unit's running-data document (DT_CURRENT) this command comes from; null when it does not come from
/// ODF. A version at or below the highest one the unit has applied changes nothing, so a replayed document is a no-op.
/// </param>
[GenerateSerializer, Immutable, Alias("olympics.MarkUnitLive")]
public sealed record MarkUnitLive(string Unit, DateTimeOffset At, int? OdfVersion = null);

/// <summary>
/// Apply a schedule update (ODF DT_SCHEDULE or DT_SCHEDULE_UPDATE): the session's status, then the status of each unit
/// listed, all or nothing. A unit's status is taken as sent, with no transition rule; so is the session's when the update
/// comes from ODF (the latest version of a document is the truth, whatever versions were lost between), while one without
/// an ODF version follows <see cref="ScheduleTransitions"/>.
/// </summary>
/// <param name="Status">The session's new status; null leaves it as it is.</param>
/// <param name="Units">The units whose status is given; units not listed keep theirs.</param>
/// <param name="Start">The new start; required when <paramref name="Status"/> is RESCHEDULED, unless from ODF (then the times stay without it).</param>
/// <param name="End">The new end; required with <paramref name="Start"/>.</param>
/// <param name="At">When the command was issued (UTC).</param>
/// <param name="OdfVersion">
/// The Version of the session's schedule update document (DT_SCHEDULE_UPDATE) this command comes from; null when it does
/// not come from ODF. A version at or below the highest one the session has applied changes nothing (no event, no
/// refusal), so a replayed document never moves the session back. Each schedule document has its own versions (see
/// <paramref name="OdfDocument"/>).
/// </param>
/// <param name="OdfDocument">
/// The key of the schedule document this command comes from: a discipline's DT_SCHEDULE and a session's
/// DT_SCHEDULE_UPDATE count their versions apart. Null for the HTTP API and for commands sent before it existed (one
/// version sequence for the session).
/// </param>
[GenerateSerializer, Immutable, Alias("olympics.UpdateSchedule")]
public sealed record UpdateSchedule(
    ScheduleStatus? Status, IReadOnlyList<UnitSchedule> Units, DateTimeOffset? Start, DateTimeOffset? End, DateTimeOffset At, int? OdfVersion = null,
    string? OdfDocument = null);

/// <summary>A unit's schedule status in a schedule update.</summary>
/// <param name="Unit">The unit's RSC.</param>
/// <param name="Status">Its schedule status.</param>
[GenerateSerializer, Immutable, Alias("olympics.UnitSchedule")]
public sealed record UnitSchedule(string Unit, ScheduleStatus Status);

/// <summary>
/// Record the result status of a phase the session holds units of (ODF DT_PHASE_RESULT). The latest status is kept,
/// with no transition rule: the phase's results document already orders its versions.
/// </summary>
/// <param name="Phase">The phase-level RSC (26 characters padded to 34, no unit part), of a phase the session holds units of.</param>
/// <param name="Status">The phase's result status.</param>
/// <param name="At">When the command was issued (UTC).</param>
/// <param name="OdfVersion">
/// The Version of the phase's results document (DT_PHASE_RESULT) this command comes from; null when it does not come from
/// ODF. A version at or below the highest one the session has applied for the phase changes nothing, so a replayed
/// document never brings back an older status.
/// </param>
[GenerateSerializer, Immutable, Alias("olympics.RecordPhaseStatus")]
public sealed record RecordPhaseStatus(string Phase, ResultStatus Status, DateTimeOffset At, int? OdfVersion = null);
