using Olympics.Orleans.Contracts.Sessions;

namespace Olympics.Orleans.GrainInterfaces.Sessions;

/// <summary>Put a session on the schedule at one venue with its units. Instants are UTC; the venue's time zone gives local times.</summary>
/// <param name="Discipline">The discipline code; it must be the session code's first three letters (ATH for ATH01).</param>
/// <param name="Venue">The 3-letter code of a registered venue.</param>
/// <param name="Title">What the programme calls the session, 1 to 200 characters.</param>
/// <param name="Start">When the session starts.</param>
/// <param name="End">When it ends; after <paramref name="Start"/>.</param>
/// <param name="Units">The units held in the session, at least one.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ScheduleSession")]
public sealed record ScheduleSession(
    string Discipline, string Venue, string Title, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<PlannedUnit> Units, DateTimeOffset At);

/// <summary>Move a session to another schedule status (see <see cref="ScheduleTransitions"/>).</summary>
/// <param name="Status">The new status.</param>
/// <param name="Reason">Why, for the audit trail; optional, up to 500 characters.</param>
/// <param name="Start">The new start; required for RESCHEDULED, ignored otherwise.</param>
/// <param name="End">The new end; required for RESCHEDULED, ignored otherwise.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ChangeSessionStatus")]
public sealed record ChangeSessionStatus(ScheduleStatus Status, string? Reason, DateTimeOffset? Start, DateTimeOffset? End, DateTimeOffset At);

/// <summary>
/// Set a unit's start list; from the HTTP API allowed until its first results. From ODF (<paramref name="OdfVersion"/>
/// set) a higher version of the unit's DT_RESULT at START_LIST replaces whatever the unit had: its results go back to
/// START_LIST.
/// </summary>
/// <param name="Unit">The unit's RSC.</param>
/// <param name="Athletes">The athlete ids in start order, at least one, no repeats.</param>
/// <param name="At">When the command was issued (UTC).</param>
/// <param name="OdfVersion">
/// The Version of the unit's results document (DT_RESULT at START_LIST) this command comes from; null when it does not
/// come from ODF (the HTTP API). Start lists and results share the unit's DT_RESULT versions: one at or below the highest
/// the unit has applied changes nothing (no event, no refusal), so a replayed document is a no-op.
/// </param>
[GenerateSerializer, Immutable, Alias("olympics.SetStartList")]
public sealed record SetStartList(string Unit, IReadOnlyList<string> Athletes, DateTimeOffset At, int? OdfVersion = null);

/// <summary>
/// Record a unit's complete results at a result status. From the HTTP API the status follows
/// <see cref="ResultTransitions"/>, every athlete is on the start list and, once the unit has been OFFICIAL, a change
/// needs a note. From ODF (<paramref name="OdfVersion"/> set) a higher version replaces the results whole, whatever
/// status it jumps to and whoever it ranks: the latest version of the document is the truth.
/// </summary>
/// <param name="Unit">The unit's RSC.</param>
/// <param name="Status">The result status; never START_LIST.</param>
/// <param name="Results">One entry per athlete who has a result (from the HTTP API: of the start list); no repeats.</param>
/// <param name="Note">Why the results changed; required once the unit has been OFFICIAL (HTTP API). Up to 1000 characters.</param>
/// <param name="At">When the command was issued (UTC).</param>
/// <param name="OdfVersion">
/// The Version of the unit's results document (DT_RESULT) this command comes from; null when it does not come from ODF
/// (the HTTP API). A version at or below the highest DT_RESULT version the unit has applied (its start list included)
/// changes nothing (no event, no refusal), so replaying an older LIVE result after newer ones never writes it again.
/// </param>
/// <param name="Notes">
/// Every note the ODF document carries (its notes accumulate over its versions), oldest first; the unit records those
/// it does not have yet. Null from the HTTP API.
/// </param>
[GenerateSerializer, Immutable, Alias("olympics.RecordUnitResult")]
public sealed record RecordUnitResult(
    string Unit, ResultStatus Status, IReadOnlyList<UnitResultEntry> Results, string? Note, DateTimeOffset At, int? OdfVersion = null,
    IReadOnlyList<string>? Notes = null);
