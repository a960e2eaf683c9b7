using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>
/// What was imported into a roster (stream "rosterinput-{id}"). An import of 45,000 volunteers is a few dozen of these,
/// <see cref="RosterInput.RowsPerEvent"/> rows each, appended in one transaction: part 0 starts the import, which
/// replaces any earlier one of that kind.
/// </summary>
public interface IRosterInputEvent;

/// <summary>A part of an import of volunteers.</summary>
[EventName("volunteers.imported.v1")]
public sealed record VolunteersImported(int Part, int Parts, IReadOnlyList<VolunteerRecord> Rows, DateTimeOffset At) : IRosterInputEvent;

/// <summary>A part of an import of shifts.</summary>
[EventName("shifts.imported.v1")]
public sealed record ShiftsImported(int Part, int Parts, IReadOnlyList<ShiftRecord> Rows, DateTimeOffset At) : IRosterInputEvent;
