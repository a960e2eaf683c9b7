using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Rostering.Events;

/// <summary>
/// Everything that happens to a roster (stream "roster-{id}"). Each revision is the volunteers released and assigned,
/// each with its reason, closed by <see cref="RosterPublished"/>: the audit and replay tools read who changed whose
/// shifts, when and why (the actor is in the event's metadata).
/// </summary>
public interface IRosterEvent;

/// <summary>A volunteer was put on a shift.</summary>
[EventName("volunteer.assigned.v1")]
public sealed record VolunteerAssigned(int Revision, int Volunteer, int Shift, string Reason, DateTimeOffset At) : IRosterEvent;

/// <summary>
/// Many volunteers were put on shifts for one reason: a first publication, half a million assignments at full scale,
/// in events of <see cref="RosterDecider.BulkSize"/> (one event each took 20 s to append on Marten; docs/benchmarks.md).
/// <paramref name="Volunteers"/> and <paramref name="Shifts"/> pair up by index.
/// </summary>
[EventName("volunteers.assigned-in-bulk.v1")]
public sealed record VolunteersAssignedInBulk(int Revision, IReadOnlyList<int> Volunteers, IReadOnlyList<int> Shifts, string Reason, DateTimeOffset At) : IRosterEvent;

/// <summary>A volunteer was taken off a shift.</summary>
[EventName("volunteer.released.v1")]
public sealed record VolunteerReleased(int Revision, int Volunteer, int Shift, string Reason, DateTimeOffset At) : IRosterEvent;

/// <summary>A revision of the roster was published: its size, what it leaves unfilled and its score by the checker.</summary>
[EventName("roster.published.v1")]
public sealed record RosterPublished(int Revision, int Assignments, long UnfilledPlaces, long Score, string Reason, DateTimeOffset At) : IRosterEvent;
