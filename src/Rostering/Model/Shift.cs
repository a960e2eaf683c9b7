namespace Olympics.Orleans.Rostering.Model;

/// <summary>
/// A shift: <paramref name="Demand"/> people of one function at one venue, from <paramref name="StartMinute"/> to
/// <paramref name="EndMinute"/> of the Games day <paramref name="Day"/> in the venue's local time. The UTC instants
/// (minutes from the instance's epoch) are what overlap and rest are measured on, so Tahiti's shifts compare right.
/// </summary>
/// <param name="Languages">Every language here must be spoken by each person on the shift.</param>
/// <param name="Team">The team the shift belongs to (a venue's function area): gender balance and continuity are per team.</param>
public sealed record Shift(
    int Id, int Venue, int Function, int Day, int StartMinute, int EndMinute, long StartUtc, long EndUtc, int Demand, int Languages, int Team)
{
    /// <summary>Length in minutes.</summary>
    public int Minutes => EndMinute - StartMinute;
}
