using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>Turns an athlete's state into the view callers read.</summary>
public static class AthleteViews
{
    /// <summary>The view of <paramref name="athlete"/> at stream version <paramref name="version"/>.</summary>
    public static AthleteView From(Athlete athlete, long version)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        return new AthleteView(athlete.Id, athlete.Noc, athlete.GivenName, athlete.FamilyName, athlete.Gender, athlete.BirthDate,
            athlete.Discipline, athlete.AccreditationNumber, athlete.Entries, version);
    }
}
