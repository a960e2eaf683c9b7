namespace Olympics.Orleans.Contracts.Rostering;

/// <summary>A roster: what was imported and what is published.</summary>
/// <param name="Id">The roster's id.</param>
/// <param name="Volunteers">Volunteers imported.</param>
/// <param name="Shifts">Shifts imported.</param>
/// <param name="Places">Total demand of the shifts.</param>
/// <param name="FirstDay">The first shift's day, or null before shifts are imported.</param>
/// <param name="Revision">The published revision, 0 before the first publication.</param>
/// <param name="Assignments">Assignments in the published revision.</param>
public sealed record RosterView(string Id, int Volunteers, int Shifts, long Places, string? FirstDay, int Revision, int Assignments);

/// <summary>What an import stored.</summary>
/// <param name="Roster">The roster's id.</param>
/// <param name="Kind">"volunteers" or "shifts".</param>
/// <param name="Rows">Rows stored (they replace any earlier import of that kind).</param>
/// <param name="Events">Events appended to the roster's input stream.</param>
public sealed record RosterImportReport(string Roster, string Kind, int Rows, int Events);

/// <summary>A plan: where the solve is and, once done, what the independent checker says about its result.</summary>
/// <param name="Roster">The roster's id.</param>
/// <param name="Plan">The plan's number on this roster.</param>
/// <param name="Status">waiting (for a free solver), running, done or failed.</param>
/// <param name="Phase">The solver's phase (construction, search).</param>
/// <param name="ElapsedSeconds">Solver time so far.</param>
/// <param name="Steps">Days built or neighbourhoods searched.</param>
/// <param name="Filled">Places filled so far.</param>
/// <param name="Result">The checked result once done.</param>
/// <param name="Error">Why the plan failed, when it did.</param>
public sealed record PlanView(string Roster, int Plan, string Status, string Phase, double ElapsedSeconds, long Steps, long Filled, PlanResultView? Result, string? Error);

/// <summary>A finished plan as the checker sees it.</summary>
/// <param name="Assignments">Assignments in the plan.</param>
/// <param name="Places">Total demand.</param>
/// <param name="FilledPercent">Share of demand filled.</param>
/// <param name="HardViolations">Hard constraints broken (0 for a valid plan).</param>
/// <param name="ViolationCounts">Hard violations by kind.</param>
/// <param name="Violations">The first violations, with who, which shift and why.</param>
/// <param name="SoftScore">Soft points by constraint, and their total (lower is better).</param>
/// <param name="VolunteersWorking">Volunteers with at least one shift.</param>
/// <param name="MeanHours">Mean hours of working volunteers.</param>
/// <param name="MeanTravelKm">Mean home-to-venue distance of an assignment.</param>
public sealed record PlanResultView(
    int Assignments, long Places, double FilledPercent, int HardViolations, IReadOnlyDictionary<string, int> ViolationCounts,
    IReadOnlyList<string> Violations, IReadOnlyDictionary<string, long> SoftScore, int VolunteersWorking, double MeanHours, double MeanTravelKm);

/// <summary>One person on one shift, by the imported ids.</summary>
/// <param name="Shift">The shift's id.</param>
/// <param name="Volunteer">The volunteer's id.</param>
public sealed record AssignmentRecord(string Shift, string Volunteer);

/// <summary>A publication: the revision written to the event log.</summary>
/// <param name="Roster">The roster's id.</param>
/// <param name="Revision">The new revision.</param>
/// <param name="Assigned">Volunteers put on shifts by this revision.</param>
/// <param name="Released">Volunteers taken off shifts by this revision.</param>
/// <param name="Assignments">Assignments in the revision.</param>
/// <param name="UnfilledPlaces">Places left empty.</param>
/// <param name="Events">Events appended.</param>
public sealed record PublicationView(string Roster, int Revision, int Assigned, int Released, int Assignments, long UnfilledPlaces, int Events);

/// <summary>A volunteer's published shifts, in time order.</summary>
/// <param name="Roster">The roster's id.</param>
/// <param name="Volunteer">The volunteer's id.</param>
/// <param name="Revision">The published revision read.</param>
/// <param name="Shifts">The shifts.</param>
public sealed record VolunteerScheduleView(string Roster, string Volunteer, int Revision, IReadOnlyList<ShiftRecord> Shifts);

/// <summary>A venue's published coverage, day by day.</summary>
/// <param name="Roster">The roster's id.</param>
/// <param name="Venue">The venue code.</param>
/// <param name="Revision">The published revision read.</param>
/// <param name="Days">Each day with shifts at the venue.</param>
public sealed record VenueCoverageView(string Roster, string Venue, int Revision, IReadOnlyList<CoverageDay> Days);

/// <summary>One day at a venue.</summary>
/// <param name="Date">The day (local time), yyyy-MM-dd.</param>
/// <param name="Shifts">Shifts that day.</param>
/// <param name="Demand">Places to fill.</param>
/// <param name="Filled">Places filled by the published roster.</param>
public sealed record CoverageDay(string Date, int Shifts, long Demand, long Filled);

/// <summary>A re-plan after a change, published as the roster's next revision.</summary>
/// <param name="Publication">The revision written to the event log.</param>
/// <param name="OthersReleased">Published assignments of volunteers who did not withdraw that were released or moved.</param>
/// <param name="OthersAssigned">Places given to volunteers who did not withdraw.</param>
/// <param name="HardViolations">Hard constraints the re-planned roster breaks, by the independent checker (0).</param>
/// <param name="Changes">Each volunteer's changes, with the reason.</param>
public sealed record ReplanView(PublicationView Publication, int OthersReleased, int OthersAssigned, int HardViolations, IReadOnlyList<VolunteerChange> Changes);

/// <summary>One change to one volunteer's published shifts.</summary>
/// <param name="Volunteer">The volunteer's id.</param>
/// <param name="Shift">The shift's id.</param>
/// <param name="Assigned">True when put on the shift, false when taken off it.</param>
/// <param name="Reason">Why (VolunteerWithdrew, DemandReduced, PolicyChanged, RefilledAfterChange).</param>
public sealed record VolunteerChange(string Volunteer, string Shift, bool Assigned, string Reason);
