namespace Olympics.Orleans.Contracts.Athletes;

/// <summary>An athlete as callers see it.</summary>
/// <param name="Id">The athlete id.</param>
/// <param name="Noc">The NOC code.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="Gender">Gender.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Discipline">Discipline code.</param>
/// <param name="AccreditationNumber">The accreditation number.</param>
/// <param name="Entries">The events entered, in the order entered, with the athlete's status in each.</param>
/// <param name="Version">The athlete stream's version.</param>
public sealed record AthleteView(
    string Id, string Noc, string GivenName, string FamilyName, AthleteGender Gender, DateOnly BirthDate,
    string Discipline, string AccreditationNumber, IReadOnlyList<EventEntryView> Entries, long Version);

/// <summary>An athlete's standing in one event.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Status">Entered, qualified or eliminated.</param>
/// <param name="Phase">The latest phase qualified for (phase-level RSC), if any.</param>
/// <param name="QualifiedFor">Every phase qualified for, in order.</param>
/// <param name="Irm">The invalid result mark, if any.</param>
/// <param name="Medal">The medal won, if any.</param>
public sealed record EventEntryView(string Event, EntryStatus Status, string? Phase, IReadOnlyList<string> QualifiedFor, string? Irm, Medal? Medal);

/// <summary>An athlete's gender.</summary>
public enum AthleteGender
{
    /// <summary>Enters women's (W), mixed (X) and open (O) events.</summary>
    Female,

    /// <summary>Enters men's (M), mixed (X) and open (O) events.</summary>
    Male,
}

/// <summary>An athlete's status in an event.</summary>
public enum EntryStatus
{
    /// <summary>Entered, not yet through a phase.</summary>
    Entered,

    /// <summary>Qualified for a later phase.</summary>
    Qualified,

    /// <summary>Out of the event.</summary>
    Eliminated,
}

/// <summary>An Olympic medal.</summary>
public enum Medal
{
    /// <summary>First.</summary>
    Gold,

    /// <summary>Second.</summary>
    Silver,

    /// <summary>Third (two in some sports).</summary>
    Bronze,
}
