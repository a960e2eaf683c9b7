using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>Everything that can happen to an accreditation. Each event says why; the actor is in the event's metadata.</summary>
public interface IAccreditationEvent;

/// <summary>Someone applied for the accreditation.</summary>
[EventName("accreditation.applied.v1")]
public sealed record AccreditationApplied(
    string Number, string Name, AccreditationCategory Category, string Function, string? Noc, string? Organisation,
    DateOnly ValidFrom, DateOnly ValidUntil, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>An accreditation came from a bulk import already approved, with its first card (card 1) produced.</summary>
[EventName("accreditation.imported.v1")]
public sealed record AccreditationImported(
    string Number, string Name, AccreditationCategory Category, string Function, string? Noc, string? Organisation,
    DateOnly ValidFrom, DateOnly ValidUntil, Privileges Privileges, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>Security vetting cleared the applicant.</summary>
[EventName("accreditation.vetting-cleared.v1")]
public sealed record VettingCleared(string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>Security vetting refused the applicant.</summary>
[EventName("accreditation.vetting-refused.v1")]
public sealed record VettingRefused(string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>The accreditation was approved with these privileges.</summary>
[EventName("accreditation.approved.v1")]
public sealed record AccreditationApproved(Privileges Privileges, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>The first card was produced.</summary>
[EventName("accreditation.card-issued.v1")]
public sealed record CardIssued(int Card, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>A new card replaced a lost one; the previous card no longer opens gates.</summary>
[EventName("accreditation.card-reissued.v1")]
public sealed record CardReissued(int PreviousCard, int Card, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>The card was validated on arrival against an identity document.</summary>
[EventName("accreditation.arrival-validated.v1")]
public sealed record ArrivalValidated(string DocumentType, string DocumentNumber, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>The privileges were replaced.</summary>
[EventName("accreditation.privileges-changed.v1")]
public sealed record PrivilegesChanged(Privileges Privileges, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>A time window at a venue was granted.</summary>
[EventName("accreditation.venue-access-granted.v1")]
public sealed record VenueAccessGranted(string Venue, IReadOnlyList<int> Zones, DateTimeOffset From, DateTimeOffset Until, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>The time windows of a venue end at <see cref="EffectiveAt"/>; later ones are withdrawn.</summary>
[EventName("accreditation.venue-access-ended.v1")]
public sealed record VenueAccessEnded(string Venue, DateTimeOffset EffectiveAt, string Reason, DateTimeOffset At, DateTimeOffset? WindowFrom = null) : IAccreditationEvent;

/// <summary>The accreditation was suspended.</summary>
[EventName("accreditation.suspended.v1")]
public sealed record AccreditationSuspended(string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>A suspension was lifted; the accreditation is back in <see cref="Status"/>.</summary>
[EventName("accreditation.reinstated.v1")]
public sealed record AccreditationReinstated(AccreditationStatus Status, string Reason, DateTimeOffset At) : IAccreditationEvent;

/// <summary>The accreditation was cancelled.</summary>
[EventName("accreditation.cancelled.v1")]
public sealed record AccreditationCancelled(string Reason, DateTimeOffset At) : IAccreditationEvent;
