using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>Everything that can happen to an athlete (stream "athlete-{id}").</summary>
public interface IAthleteEvent;

/// <summary>The athlete was registered.</summary>
[EventName("athlete.registered.v1")]
public sealed record AthleteRegistered(
    string Id, string Noc, string GivenName, string FamilyName, AthleteGender Gender, DateOnly BirthDate,
    string Discipline, string AccreditationNumber, DateTimeOffset At) : IAthleteEvent;

/// <summary>The athlete was entered into an event.</summary>
[EventName("athlete.entered.v1")]
public sealed record AthleteEntered(string Event, DateTimeOffset At) : IAthleteEvent;

/// <summary>The athlete qualified for a phase of an event.</summary>
[EventName("athlete.qualified.v1")]
public sealed record AthleteQualified(string Event, string Phase, DateTimeOffset At) : IAthleteEvent;

/// <summary>The athlete was eliminated from an event.</summary>
[EventName("athlete.eliminated.v1")]
public sealed record AthleteEliminated(string Event, DateTimeOffset At) : IAthleteEvent;

/// <summary>An invalid result mark was recorded for the athlete in an event.</summary>
[EventName("athlete.irm-recorded.v1")]
public sealed record AthleteIrmRecorded(string Event, string Irm, DateTimeOffset At) : IAthleteEvent;

/// <summary>The athlete won a medal in an event.</summary>
[EventName("athlete.medal-awarded.v1")]
public sealed record MedalAwarded(string Event, Medal Medal, DateTimeOffset At) : IAthleteEvent;
