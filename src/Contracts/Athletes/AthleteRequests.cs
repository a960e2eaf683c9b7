namespace Olympics.Orleans.Contracts.Athletes;

/// <summary>The HTTP body that registers an athlete; the silo stamps the time.</summary>
/// <param name="Noc">NOC code.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="Gender">Gender.</param>
/// <param name="BirthDate">Date of birth (yyyy-MM-dd).</param>
/// <param name="Discipline">Discipline code.</param>
/// <param name="AccreditationNumber">8 digits.</param>
public sealed record RegisterAthleteRequest(
    string Noc, string GivenName, string FamilyName, AthleteGender Gender, DateOnly BirthDate, string Discipline, string AccreditationNumber);

/// <summary>The HTTP body that enters an athlete into an event.</summary>
/// <param name="Event">The event-level RSC.</param>
public sealed record EnterEventRequest(string Event);

/// <summary>The HTTP body that marks an athlete qualified for a phase.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Phase">The phase-level RSC.</param>
public sealed record MarkQualifiedRequest(string Event, string Phase);

/// <summary>The HTTP body that marks an athlete eliminated.</summary>
/// <param name="Event">The event-level RSC.</param>
public sealed record MarkEliminatedRequest(string Event);

/// <summary>The HTTP body that records an invalid result mark.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Irm">The IRM code.</param>
public sealed record RecordIrmRequest(string Event, string Irm);

/// <summary>The HTTP body that awards a medal.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Medal">The medal.</param>
public sealed record AwardMedalRequest(string Event, Medal Medal);
