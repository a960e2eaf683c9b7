using Olympics.Orleans.Contracts.Rostering;

namespace Olympics.Orleans.GrainInterfaces.Rostering;

/// <summary>
/// A volunteer roster, keyed by its id (e.g. "paris-2024"): its imported volunteers and shifts, the plans being solved
/// on this grain's silo, and the published revision that schedules and coverage are read from. Imports and publications
/// of Paris 2024's size take longer than the silo's default grain call timeout (45,000 volunteers: 29 s on Marten), so
/// those methods have their own.
/// </summary>
[Alias("olympics.IRosterGrain")]
public interface IRosterGrain : IGrainWithStringKey
{
    /// <summary>Replaces the volunteers (400 naming the row and field of the first fault; nothing stored then).</summary>
    [Alias("ImportVolunteers"), ResponseTimeout("00:05:00")]
    Task<RosterImportReport> ImportVolunteersAsync(ImportVolunteers command);

    /// <summary>Replaces the shifts (400 naming the row and field of the first fault; nothing stored then).</summary>
    [Alias("ImportShifts"), ResponseTimeout("00:05:00")]
    Task<RosterImportReport> ImportShiftsAsync(ImportShifts command);

    /// <summary>Starts a plan in the background and answers at once; follow it with <see cref="GetPlanAsync"/>.</summary>
    [Alias("StartPlan")]
    Task<PlanView> StartPlanAsync(StartPlan command);

    /// <summary>A plan's progress and, once done, its checked result; null for an unknown plan.</summary>
    [Alias("GetPlan")]
    Task<PlanView?> GetPlanAsync(GetPlan query);

    /// <summary>A finished plan's assignments; null when the plan is unknown or not done.</summary>
    [Alias("GetPlanAssignments"), ResponseTimeout("00:05:00")]
    Task<IReadOnlyList<AssignmentRecord>?> GetPlanAssignmentsAsync(GetPlan query);

    /// <summary>Publishes a finished plan through the event log, the caller recorded as the actor.</summary>
    [Alias("PublishPlan"), ResponseTimeout("00:05:00")]
    Task<PublicationView> PublishPlanAsync(PublishPlan command);

    /// <summary>
    /// Re-plans the published roster after volunteers withdrew, every other published assignment pinned, and publishes
    /// the changes (one event per volunteer and shift, with the reason), the caller recorded as the actor.
    /// </summary>
    [Alias("WithdrawVolunteers"), ResponseTimeout("00:05:00")]
    Task<ReplanView> WithdrawVolunteersAsync(WithdrawVolunteers command);

    /// <summary>What is imported and published.</summary>
    [Alias("GetRoster")]
    Task<RosterView> GetRosterAsync();

    /// <summary>A volunteer's published shifts; null when no such volunteer was imported.</summary>
    [Alias("GetSchedule")]
    Task<VolunteerScheduleView?> GetScheduleAsync(GetSchedule query);

    /// <summary>A venue's published coverage by day; null for an unknown venue code.</summary>
    [Alias("GetCoverage")]
    Task<VenueCoverageView?> GetCoverageAsync(GetCoverage query);
}
