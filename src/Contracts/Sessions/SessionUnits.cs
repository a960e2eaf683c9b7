namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>A unit on a session's schedule.</summary>
/// <param name="Rsc">The unit's 34-character RSC, of the session's discipline, with a unit part.</param>
/// <param name="Title">What the programme calls it, 1 to 200 characters.</param>
/// <param name="Start">When it starts, within the session.</param>
public sealed record PlannedUnit(string Rsc, string Title, DateTimeOffset Start);

/// <summary>One athlete's result in a unit.</summary>
/// <param name="Athlete">The athlete id; from the HTTP API the athlete must be on the unit's start list (a results system's ODF versions are taken whole).</param>
/// <param name="Rank">The rank, 1 or more; null when unranked.</param>
/// <param name="Mark">The time, distance or score as displayed (e.g. 9.79), up to 50 characters.</param>
/// <param name="Irm">An invalid result mark of the discipline (see <see cref="Reference.Irm"/>), e.g. DNF.</param>
/// <param name="QualifiedFor">The phase-level RSC (34 characters, no unit part) of a later phase of the same event the athlete qualified for.</param>
/// <param name="Eliminated">Whether the athlete is out of the event; excludes <paramref name="QualifiedFor"/>.</param>
public sealed record UnitResultEntry(string Athlete, int? Rank, string? Mark, string? Irm, string? QualifiedFor, bool Eliminated);
