namespace Olympics.Orleans.Contracts.Rostering;

/// <summary>
/// One volunteer as an import carries it (a JSON array element, or a row of volunteers.csv). Codes are the catalogues'
/// (languages ISO 639-1, volunteer functions, venue codes); times are the venue's local time.
/// </summary>
/// <param name="Id">The volunteer's id, unique in the import (e.g. V000123).</param>
/// <param name="Region">Home region (IDF, PACA, PF...).</param>
/// <param name="Latitude">Home latitude, -90 to 90.</param>
/// <param name="Longitude">Home longitude, -180 to 180.</param>
/// <param name="Gender">F, M or X.</param>
/// <param name="Languages">Languages spoken.</param>
/// <param name="Functions">Functions the volunteer is trained for (at least one).</param>
/// <param name="Availability">Days and hours the volunteer can work; at most one window a day.</param>
/// <param name="Access">Venues the volunteer's accreditation opens ("*" for all).</param>
/// <param name="MaxHours">Most hours over the whole Games.</param>
/// <param name="CommittedDays">Days the volunteer committed to.</param>
/// <param name="PreferredVenues">Venues the volunteer would rather work at (optional).</param>
/// <param name="PreferredFunctions">Functions the volunteer would rather fill (optional).</param>
/// <param name="TeamMate">Another volunteer's id to work with (optional).</param>
public sealed record VolunteerRecord(
    string Id,
    string Region,
    double Latitude,
    double Longitude,
    string Gender,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Functions,
    IReadOnlyList<AvailabilityWindow> Availability,
    IReadOnlyList<string> Access,
    int MaxHours,
    int CommittedDays,
    IReadOnlyList<string>? PreferredVenues = null,
    IReadOnlyList<string>? PreferredFunctions = null,
    string? TeamMate = null);

/// <summary>Hours of one day a volunteer can work.</summary>
/// <param name="Date">The day, yyyy-MM-dd.</param>
/// <param name="From">From, HH:mm.</param>
/// <param name="To">Until, HH:mm (24:00 for the end of the day), after <paramref name="From"/>.</param>
public sealed record AvailabilityWindow(string Date, string From, string To);
