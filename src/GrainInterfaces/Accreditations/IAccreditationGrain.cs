using Olympics.Orleans.Contracts.Accreditations;

namespace Olympics.Orleans.GrainInterfaces.Accreditations;

/// <summary>
/// One accreditation, keyed by its 8-digit number. Every change says why (the reason is stored in the event; the
/// acting user is in the event's metadata). Refused transitions throw <see cref="CommandRejectedException"/>.
/// </summary>
[Alias("olympics.IAccreditationGrain")]
public interface IAccreditationGrain : IGrainWithStringKey
{
    /// <summary>Applies for the accreditation.</summary>
    [Alias("ApplyForAccreditation")]
    Task<AccreditationView> ApplyForAccreditationAsync(ApplyForAccreditation command);

    /// <summary>Records that security vetting cleared the applicant.</summary>
    [Alias("ClearVetting")]
    Task<AccreditationView> ClearVettingAsync(ClearVetting command);

    /// <summary>Records that security vetting refused the applicant (final).</summary>
    [Alias("RefuseVetting")]
    Task<AccreditationView> RefuseVettingAsync(RefuseVetting command);

    /// <summary>Approves a cleared accreditation with its privileges.</summary>
    [Alias("ApproveAccreditation")]
    Task<AccreditationView> ApproveAccreditationAsync(ApproveAccreditation command);

    /// <summary>Issues the first card.</summary>
    [Alias("IssueCard")]
    Task<AccreditationView> IssueCardAsync(IssueCard command);

    /// <summary>Replaces a lost card with a new card number.</summary>
    [Alias("ReissueCard")]
    Task<AccreditationView> ReissueCardAsync(ReissueCard command);

    /// <summary>Validates the card on arrival against an identity document.</summary>
    [Alias("ValidateArrival")]
    Task<AccreditationView> ValidateArrivalAsync(ValidateArrival command);

    /// <summary>Replaces the privileges.</summary>
    [Alias("ChangePrivileges")]
    Task<AccreditationView> ChangePrivilegesAsync(ChangePrivileges command);

    /// <summary>Adds a time window at a venue (idempotent).</summary>
    [Alias("GrantVenueAccess")]
    Task<AccreditationView> GrantVenueAccessAsync(GrantVenueAccess command);

    /// <summary>Ends the time windows of a venue (idempotent).</summary>
    [Alias("EndVenueAccess")]
    Task<AccreditationView> EndVenueAccessAsync(EndVenueAccess command);

    /// <summary>Suspends the accreditation.</summary>
    [Alias("SuspendAccreditation")]
    Task<AccreditationView> SuspendAccreditationAsync(SuspendAccreditation command);

    /// <summary>Lifts a suspension.</summary>
    [Alias("ReinstateAccreditation")]
    Task<AccreditationView> ReinstateAccreditationAsync(ReinstateAccreditation command);

    /// <summary>Cancels the accreditation (final).</summary>
    [Alias("CancelAccreditation")]
    Task<AccreditationView> CancelAccreditationAsync(CancelAccreditation command);

    /// <summary>The accreditation as it is now; null when nobody applied for it.</summary>
    [Alias("GetAccreditation")]
    Task<AccreditationView?> GetAccreditationAsync();
}
