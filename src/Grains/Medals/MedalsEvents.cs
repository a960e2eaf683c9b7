using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Medals;

/// <summary>Everything that can happen to a competition's medals (stream "medals-{competition}").</summary>
public interface IMedalsEvent;

/// <summary>A higher version of the medal standings replaced the table completely.</summary>
[EventName("medals.table-replaced.v1")]
public sealed record MedalTableReplaced(int Version, IReadOnlyList<MedalLine> Lines, DateTimeOffset At) : IMedalsEvent;

/// <summary>The medal standings were withdrawn: the table is empty until a higher version.</summary>
[EventName("medals.table-withdrawn.v1")]
public sealed record MedalTableWithdrawn(int Version, DateTimeOffset At) : IMedalsEvent;

/// <summary>The medallists of an event, replacing an earlier version of them.</summary>
[EventName("medals.medallists-recorded.v1")]
public sealed record MedallistsRecorded(string Event, int Version, IReadOnlyList<Medallist> Medallists, DateTimeOffset At) : IMedalsEvent;

/// <summary>The medallists of an event were withdrawn: it has none until a higher version.</summary>
[EventName("medals.medallists-withdrawn.v1")]
public sealed record MedallistsWithdrawn(string Event, int Version, DateTimeOffset At) : IMedalsEvent;
