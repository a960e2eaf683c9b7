using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>Sessions are stored in UTC and read in venue time: Tahiti surfs in daylight, Paris plays past midnight.</summary>
public sealed class GamesScheduleTimeTests
{
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo _tahiti = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Tahiti");

    private static IEnumerable<CompetitionSession> At(bool tahiti) => FullGames.Dataset.Sessions.Where(s => (s.Venue == "TAH") == tahiti);

    [Fact]
    public void Tahiti_sessions_run_in_local_daylight()
    {
        var surfing = At(tahiti: true).ToList();

        surfing.ShouldNotBeEmpty();
        surfing.ShouldAllBe(s => s.Discipline == "SRF");
        surfing.Select(s => TimeZoneInfo.ConvertTime(s.Start, _tahiti)).ShouldAllBe(t => t.Hour >= 7 && t.Offset == TimeSpan.FromHours(-10));
        surfing.Select(s => TimeZoneInfo.ConvertTime(s.End, _tahiti)).ShouldAllBe(t => t.TimeOfDay <= new TimeSpan(17, 0, 0));
    }

    [Fact]
    public void Some_Tahiti_session_falls_on_another_ODF_day_than_its_Paris_calendar_day() =>
        At(tahiti: true).ShouldContain(s =>
            LogicalDay.Of(s.Start, _tahiti) != DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Start, _paris).DateTime));

    [Fact]
    public void Paris_sessions_start_in_the_local_day_and_some_end_after_midnight_on_the_same_ODF_day()
    {
        var paris = At(tahiti: false).ToList();

        paris.Select(s => TimeZoneInfo.ConvertTime(s.Start, _paris).TimeOfDay)
            .ShouldAllBe(t => t >= new TimeSpan(8, 0, 0) && t <= new TimeSpan(23, 30, 0));
        var late = paris.Where(s => TimeZoneInfo.ConvertTime(s.End, _paris).Date > TimeZoneInfo.ConvertTime(s.Start, _paris).Date).ToList();
        late.ShouldNotBeEmpty();
        late.ShouldAllBe(s => LogicalDay.Of(s.End, _paris) == LogicalDay.Of(s.Start, _paris));
    }
}
