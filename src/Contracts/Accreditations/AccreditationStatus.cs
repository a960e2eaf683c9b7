namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>Where an accreditation is in its lifecycle.</summary>
public enum AccreditationStatus
{
    /// <summary>Applied for; security vetting pending.</summary>
    Applied,

    /// <summary>Security vetting cleared; awaiting approval.</summary>
    VettingCleared,

    /// <summary>Security vetting refused. Final.</summary>
    VettingRefused,

    /// <summary>Approved with privileges; no card yet.</summary>
    Approved,

    /// <summary>A card has been produced (imported accreditations start here).</summary>
    CardIssued,

    /// <summary>Validated on arrival against an identity document; in use.</summary>
    Validated,

    /// <summary>Suspended; reinstating returns it to the status it had.</summary>
    Suspended,

    /// <summary>Cancelled. Final.</summary>
    Cancelled,
}
