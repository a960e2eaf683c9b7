namespace Olympics.Orleans.Rostering.Model;

/// <summary>
/// A volunteer. Languages and functions are bit sets over <see cref="Catalogs"/>; venue sets are bit sets over the
/// instance's venue list (at most 64 venues), which keeps 45,000 volunteers in a few megabytes.
/// </summary>
/// <param name="Id">Index in the instance's volunteer list.</param>
/// <param name="Availability">The days (and hours of those days, in local time) the volunteer can work.</param>
/// <param name="Access">The venues the volunteer's accreditation opens.</param>
/// <param name="MaxMinutes">The most the volunteer works over the whole Games.</param>
/// <param name="CommittedDays">The days the volunteer committed to and should get.</param>
/// <param name="TeamMate">A volunteer to work with (same team, same day), or -1.</param>
public sealed record Volunteer(
    int Id,
    string Region,
    double Latitude,
    double Longitude,
    int Languages,
    int Functions,
    char Gender,
    IReadOnlyList<DayWindow> Availability,
    ulong Access,
    int MaxMinutes,
    int CommittedDays,
    ulong PreferredVenues,
    int PreferredFunctions,
    int TeamMate)
{
    /// <summary>The window of a day, or null when the volunteer is not available that day.</summary>
    public DayWindow? WindowOn(int day)
    {
        foreach (var w in Availability)
        {
            if (w.Day == day)
            {
                return w;
            }
        }

        return null;
    }
}

/// <summary>Hours of a day a volunteer can work, as minutes from local midnight (<paramref name="ToMinute"/> up to 1440).</summary>
public readonly record struct DayWindow(int Day, int FromMinute, int ToMinute);
