using Olympics.Orleans.Contracts.Athletes;

namespace Olympics.Orleans.GrainInterfaces.Athletes;

/// <summary>Register an athlete.</summary>
/// <param name="Noc">The athlete's National Olympic Committee, e.g. FRA.</param>
/// <param name="GivenName">Given name, 1 to 100 characters.</param>
/// <param name="FamilyName">Family name, 1 to 100 characters.</param>
/// <param name="Gender">The athlete's gender, which decides the men's or women's events they may enter.</param>
/// <param name="BirthDate">Date of birth, after 1900 and before the command.</param>
/// <param name="Discipline">The discipline code, e.g. ATH; the athlete enters events of this discipline.</param>
/// <param name="AccreditationNumber">The athlete's accreditation number: 8 digits.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RegisterAthlete")]
public sealed record RegisterAthlete(
    string Noc, string GivenName, string FamilyName, AthleteGender Gender, DateOnly BirthDate, string Discipline, string AccreditationNumber, DateTimeOffset At);

/// <summary>Enter the athlete into an event. Entering again changes nothing.</summary>
/// <param name="Event">The event-level RSC (22 significant characters, padded to 34 with '-').</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.EnterEvent")]
public sealed record EnterEvent(string Event, DateTimeOffset At);

/// <summary>Mark the athlete qualified for a phase of an event they entered. Idempotent: the same phase again changes nothing.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Phase">The phase-level RSC (26 significant characters) of that event.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.MarkQualified")]
public sealed record MarkQualified(string Event, string Phase, DateTimeOffset At);

/// <summary>Mark the athlete eliminated from an event. Idempotent.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.MarkEliminated")]
public sealed record MarkEliminated(string Event, DateTimeOffset At);

/// <summary>Record an invalid result mark (DNS, DNF, ...) of the event's discipline. Idempotent; another mark replaces it.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Irm">An IRM code of the discipline (see <see cref="Contracts.Reference.Irm"/>).</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.RecordIrm")]
public sealed record RecordIrm(string Event, string Irm, DateTimeOffset At);

/// <summary>Award a medal in an event. Idempotent; a different medal in the same event is refused.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Medal">The medal.</param>
/// <param name="At">When the command was issued (UTC).</param>
[GenerateSerializer, Immutable, Alias("olympics.AwardMedal")]
public sealed record AwardMedal(string Event, Medal Medal, DateTimeOffset At);
