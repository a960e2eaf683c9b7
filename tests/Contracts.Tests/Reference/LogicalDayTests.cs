using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Contracts.Tests.Reference;

public sealed class LogicalDayTests
{
    [Fact]
    public void A_unit_at_half_past_midnight_in_paris_belongs_to_the_day_before()
    {
        var halfPastMidnightParis = new DateTimeOffset(2024, 7, 28, 0, 30, 0, TimeSpan.FromHours(2));

        LogicalDay.Of(halfPastMidnightParis, "Europe/Paris").ShouldBe(new DateOnly(2024, 7, 27));
        LogicalDay.Of(halfPastMidnightParis.AddHours(3), "Europe/Paris").ShouldBe(new DateOnly(2024, 7, 28));
    }

    [Fact]
    public void The_same_instant_is_a_different_day_in_tahiti_than_in_paris()
    {
        // 08:00 in Tahiti (UTC-10) is 20:00 in Paris (UTC+2): same day; 20:00 in Tahiti is 08:00 next day in Paris.
        var eveningInTahiti = new DateTimeOffset(2024, 7, 29, 20, 0, 0, TimeSpan.FromHours(-10));

        LogicalDay.Of(eveningInTahiti, "Pacific/Tahiti").ShouldBe(new DateOnly(2024, 7, 29));
        LogicalDay.Of(eveningInTahiti, "Europe/Paris").ShouldBe(new DateOnly(2024, 7, 30));
        TimeZoneInfo.FindSystemTimeZoneById("Pacific/Tahiti").GetUtcOffset(eveningInTahiti).ShouldBe(TimeSpan.FromHours(-10));
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(eveningInTahiti).ShouldBe(TimeSpan.FromHours(2));
    }
}
