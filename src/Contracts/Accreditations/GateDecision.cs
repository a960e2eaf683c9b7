namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>Why a gate lets a card through or not. Checked in the order listed, so the first failing rule is the answer.</summary>
public enum GateReason
{
    /// <summary>Entry allowed.</summary>
    Allowed,

    /// <summary>No accreditation has this number.</summary>
    Unknown,

    /// <summary>The card scanned (NNNNNNNN-S) was replaced by a reissued card and no longer opens gates.</summary>
    CardReplaced,

    /// <summary>The accreditation was cancelled.</summary>
    Cancelled,

    /// <summary>The accreditation is suspended.</summary>
    Suspended,

    /// <summary>No card yet: vetting pending or refused, or approved but not produced.</summary>
    NotIssued,

    /// <summary>Before the first valid day.</summary>
    NotYetValid,

    /// <summary>After the last valid day.</summary>
    Expired,

    /// <summary>The venue is neither on the card nor in any time window.</summary>
    VenueNotGranted,

    /// <summary>The venue is granted only in time windows, and none covers the instant.</summary>
    OutsideTimeWindow,

    /// <summary>The venue is granted but not this zone.</summary>
    ZoneNotGranted,
}

/// <summary>A gate's answer.</summary>
/// <param name="Allowed">Whether the holder may enter.</param>
/// <param name="Reason">Allowed, or the first rule that failed.</param>
/// <param name="Detail">The reason in words, for the steward.</param>
public sealed record GateDecision(bool Allowed, GateReason Reason, string Detail);
