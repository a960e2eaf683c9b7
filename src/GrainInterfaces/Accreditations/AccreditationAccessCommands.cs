using Olympics.Orleans.Contracts.Accreditations;

namespace Olympics.Orleans.GrainInterfaces.Accreditations;

/// <summary>
/// Give access to one venue between two instants (a time window), e.g. after qualifying for the next round.
/// Granting a window that already exists changes nothing, so a process may safely send it again.
/// </summary>
/// <param name="Venue">The venue code.</param>
/// <param name="Zones">Zones within the window; empty for the accreditation's own zones.</param>
/// <param name="From">Start of the window (inclusive).</param>
/// <param name="Until">End of the window (exclusive), after <paramref name="From"/>.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.GrantVenueAccess")]
public sealed record GrantVenueAccess(string Venue, IReadOnlyList<int> Zones, DateTimeOffset From, DateTimeOffset Until, string Reason, DateTimeOffset At);

/// <summary>
/// End every time window of a venue at <paramref name="EffectiveAt"/> (e.g. after elimination and a grace period);
/// windows that start later are withdrawn. Changes nothing when no window of the venue reaches past that instant.
/// </summary>
/// <param name="Venue">The venue code.</param>
/// <param name="EffectiveAt">When the access ends.</param>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
/// <param name="WindowFrom">Only the window of the venue starting at this instant; null for all of the venue's windows.</param>
[GenerateSerializer, Immutable, Alias("olympics.EndVenueAccess")]
public sealed record EndVenueAccess(string Venue, DateTimeOffset EffectiveAt, string Reason, DateTimeOffset At, DateTimeOffset? WindowFrom = null);

/// <summary>Suspend an approved accreditation: every gate refuses it until it is reinstated.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.SuspendAccreditation")]
public sealed record SuspendAccreditation(string Reason, DateTimeOffset At);

/// <summary>Lift a suspension: the accreditation returns to the status it had.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.ReinstateAccreditation")]
public sealed record ReinstateAccreditation(string Reason, DateTimeOffset At);

/// <summary>Cancel an accreditation. Final.</summary>
/// <param name="Reason">Why, for the audit trail.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.CancelAccreditation")]
public sealed record CancelAccreditation(string Reason, DateTimeOffset At);
