using Olympics.Orleans.Contracts.Accreditations;

namespace Olympics.Orleans.GrainInterfaces.Accreditations;

/// <summary>Apply for an accreditation. The number is the grain key (8 digits). Applying again with the same details changes nothing.</summary>
/// <param name="Name">The holder's name, 1 to 200 characters.</param>
/// <param name="Category">The category.</param>
/// <param name="Function">The function code: an upper-case letter then up to 4 letters or digits (AA01, E, ENR, VOL).</param>
/// <param name="Noc">The NOC code (3 upper-case letters), or null.</param>
/// <param name="Organisation">The organisation (a media outlet, a federation, a contractor), up to 200 characters.</param>
/// <param name="ValidFrom">First day the card is valid (a calendar date at the place of the check).</param>
/// <param name="ValidUntil">Last day the card is valid (inclusive).</param>
/// <param name="Reason">Why, for the audit trail; 1 to 500 characters.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ApplyForAccreditation")]
public sealed record ApplyForAccreditation(
    string Name, AccreditationCategory Category, string Function, string? Noc, string? Organisation,
    DateOnly ValidFrom, DateOnly ValidUntil, string Reason, DateTimeOffset At);

/// <summary>Security vetting cleared the applicant.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ClearVetting")]
public sealed record ClearVetting(string Reason, DateTimeOffset At);

/// <summary>Security vetting refused the applicant. Final.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RefuseVetting")]
public sealed record RefuseVetting(string Reason, DateTimeOffset At);

/// <summary>Approve a cleared accreditation with its privileges.</summary>
/// <param name="Privileges">Venues, zones, transport and dining.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ApproveAccreditation")]
public sealed record ApproveAccreditation(Privileges Privileges, string Reason, DateTimeOffset At);

/// <summary>Produce the first card of an approved accreditation.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.IssueCard")]
public sealed record IssueCard(string Reason, DateTimeOffset At);

/// <summary>Replace a lost card: a new card number; the old card no longer opens any gate.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ReissueCard")]
public sealed record ReissueCard(string Reason, DateTimeOffset At);

/// <summary>Validate the card on arrival against an identity document.</summary>
/// <param name="DocumentType">The document checked, e.g. "passport", 1 to 50 characters.</param>
/// <param name="DocumentNumber">Its number, 1 to 50 characters.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ValidateArrival")]
public sealed record ValidateArrival(string DocumentType, string DocumentNumber, string Reason, DateTimeOffset At);

/// <summary>Replace the privileges (venues, zones, transport, dining) of an approved accreditation; time windows are kept.</summary>
/// <param name="Privileges">The new privileges.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ChangePrivileges")]
public sealed record ChangePrivileges(Privileges Privileges, string Reason, DateTimeOffset At);
