namespace Olympics.Orleans.Contracts.Accreditations;

/// <summary>Who an accreditation is for. The function code (AA01, E, VOL ...) says the role within the category.</summary>
public enum AccreditationCategory
{
    /// <summary>Athletes (function AA01; reserves AP01).</summary>
    Athlete,

    /// <summary>Team officials (AO01).</summary>
    TeamOfficial,

    /// <summary>Accredited press (E journalist, EP photographer, ET technician, EC support, ENR non-rights-holding broadcaster).</summary>
    Media,

    /// <summary>Rights-holding broadcasters (RT).</summary>
    Broadcaster,

    /// <summary>Technical officials (TO).</summary>
    TechnicalOfficial,

    /// <summary>International federation staff (IF).</summary>
    IfStaff,

    /// <summary>NOC and NPC delegation staff (NOC).</summary>
    NocStaff,

    /// <summary>Volunteers (VOL).</summary>
    Volunteer,

    /// <summary>Organising committee workforce (WF).</summary>
    Workforce,

    /// <summary>Contractors (CON).</summary>
    Contractor,
}
