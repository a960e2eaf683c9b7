namespace Olympics.Orleans.Contracts.Reference;

/// <summary>
/// The ODF competition day: a day ends at 03:00 local time, so a unit starting at 00:30 belongs to the day
/// before. Instants are stored in UTC; the venue's time zone decides the day.
/// </summary>
public static class LogicalDay
{
    private static readonly TimeSpan _dayEnds = TimeSpan.FromHours(3);

    /// <summary>The competition day of <paramref name="instant"/> at a venue in <paramref name="zone"/>.</summary>
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime - _dayEnds);

    /// <summary>The competition day of <paramref name="instant"/> in the IANA zone <paramref name="timeZoneId"/>.</summary>
    public static DateOnly Of(DateTimeOffset instant, string timeZoneId) => Of(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
}
