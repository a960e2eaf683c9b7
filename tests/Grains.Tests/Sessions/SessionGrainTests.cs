using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Tests.Sessions;

public sealed class SessionGrainTests
{
    private const string Unit = "SRFWSHORTBRD----------R1--000100--";

    [Fact]
    public async Task Scheduling_reads_the_venue_zone_once_and_shows_local_times()
    {
        await using var games = await GamesHarness.StartAsync();
        var start = new DateTimeOffset(2024, 7, 27, 18, 0, 0, TimeSpan.Zero);

        var view = await games.Grains.GetGrain<ISessionGrain>("SRF01").ScheduleSessionAsync(
            new ScheduleSession("SRF", "TAH", "Round 1", start, start.AddHours(6), [new PlannedUnit(Unit, "Heat 1", start)], GamesHarness.At));

        view.TimeZone.ShouldBe("Pacific/Tahiti");
        view.StartLocal.ShouldBe(start);
        view.StartLocal.Offset.ShouldBe(TimeSpan.FromHours(-10));
        view.StartLocal.Hour.ShouldBe(8);
        view.Day.ShouldBe(new DateOnly(2024, 7, 27));
        (await games.Store.ReadStreamAsync("session-SRF01").ToArrayAsync()).Select(e => e.Type).ShouldBe(["session.scheduled.v1"]);
    }

    [Fact]
    public async Task Scheduling_at_an_unregistered_venue_is_refused()
    {
        await using var games = await GamesHarness.StartAsync();
        var start = new DateTimeOffset(2024, 7, 27, 18, 0, 0, TimeSpan.Zero);

        await Should.ThrowAsync<CommandRejectedException>(() => games.Grains.GetGrain<ISessionGrain>("SRF01").ScheduleSessionAsync(
            new ScheduleSession("SRF", "XXX", "Round 1", start, start.AddHours(6), [new PlannedUnit(Unit, "Heat 1", start)], GamesHarness.At)));
        (await games.Grains.GetGrain<ISessionGrain>("SRF01").GetSessionAsync()).ShouldBeNull();
    }
}
