namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>
/// One accreditation, keyed by its 8-digit number. Every change says why (the reason is stored in the event; the
/// acting user is in the event's metadata). Refused transitions throw <see cref="CommandRejectedException"/>.
/// </summary>
public interface IAccreditationGrain : IGrainWithStringKey
{
    /// <summary>Applies for the accreditation.</summary>
    Task<AccreditationView> ApplyForAccreditationAsync(ApplyForAccreditation command);

    /// <summary>Records that security vetting cleared the applicant.</summary>
    Task<AccreditationView> ClearVettingAsync(ClearVetting command);

    /// <summary>Records that security vetting refused the applicant (final).</summary>
    Task<AccreditationView> RefuseVettingAsync(RefuseVetting command);

    /// <summary>Approves a cleared accreditation with its privileges.</summary>
    Task<AccreditationView> ApproveAccreditationAsync(ApproveAccreditation command);

    /// <summary>Issues the first card.</summary>
    Task<AccreditationView> IssueCardAsync(IssueCard command);

    /// <summary>Replaces a lost card with a new card number.</summary>
    Task<AccreditationView> ReissueCardAsync(ReissueCard command);

    /// <summary>Validates the card on arrival against an identity document.</summary>
    Task<AccreditationView> ValidateArrivalAsync(ValidateArrival command);

    /// <summary>Replaces the privileges.</summary>
    Task<AccreditationView> ChangePrivilegesAsync(ChangePrivileges command);

    /// <summary>Adds a time window at a venue (idempotent).</summary>
    Task<AccreditationView> GrantVenueAccessAsync(GrantVenueAccess command);

    /// <summary>Ends the time windows of a venue (idempotent).</summary>
    Task<AccreditationView> EndVenueAccessAsync(EndVenueAccess command);

    /// <summary>Suspends the accreditation.</summary>
    Task<AccreditationView> SuspendAccreditationAsync(SuspendAccreditation command);

    /// <summary>Lifts a suspension.</summary>
    Task<AccreditationView> ReinstateAccreditationAsync(ReinstateAccreditation command);

    /// <summary>Cancels the accreditation (final).</summary>
    Task<AccreditationView> CancelAccreditationAsync(CancelAccreditation command);

    /// <summary>The accreditation as it is now; null when nobody applied for it.</summary>
    Task<AccreditationView?> GetAccreditationAsync();
}
