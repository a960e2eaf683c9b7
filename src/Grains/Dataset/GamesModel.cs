namespace Olympics.Orleans.Grains.Dataset;

/// <summary>A competition venue; zones are numbered from 1 (1 is the field of play).</summary>
public sealed record GamesVenue(string Code, string Name, string City, string TimeZone, int Capacity, IReadOnlyList<int> Zones);

/// <summary>A National Olympic Committee.</summary>
public sealed record GamesNoc(string Code, string Name, string Region);

/// <summary>A discipline of a sport, with the venues that host it.</summary>
public sealed record GamesDiscipline(string Code, string Sport, string Name, IReadOnlyList<string> Venues);

/// <summary>A medal event, addressed by its event-level RSC (22 characters padded to 34).</summary>
public sealed record MedalEvent(string Rsc, string Discipline, char Gender, string Name, IReadOnlyList<EventPhase> Phases);

/// <summary>A phase of an event (HEAT, SFNL, FNL-, GPA- ...) and its units.</summary>
public sealed record EventPhase(string Rsc, string Code, IReadOnlyList<CompetitionUnit> Units);

/// <summary>A unit (a heat, a match, a final): the smallest scheduled piece, held in exactly one session.</summary>
public sealed record CompetitionUnit(string Rsc, string Name, string Session, DateTimeOffset Start, DateTimeOffset End);

/// <summary>A session: one venue, one discipline, a time span (UTC) and the units it holds.</summary>
public sealed record CompetitionSession(
    string Code, string Discipline, string Venue, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Units);

/// <summary>An athlete entered in events of one discipline.</summary>
public sealed record GamesAthlete(
    int Id, string Noc, string GivenName, string FamilyName, char Gender, DateOnly BirthDate,
    string Discipline, IReadOnlyList<string> Events, int Accreditation);
