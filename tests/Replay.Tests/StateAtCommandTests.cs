using System.Globalization;
using System.Text.Json.Nodes;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Replay.Tests;

public sealed class StateAtCommandTests
{
    private const string Final = "ATHM100M--------------FNL-000100--";
    private static readonly DateTimeOffset _start = new(2024, 8, 4, 19, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task State_at_now_agrees_with_the_live_grains()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var session = games.Grains.GetGrain<ISessionGrain>("ATH01");
        await ScheduleFinalAsync(games);
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Unofficial, [Entry("A1", 1, "9.79"), Entry("B2", 2, "9.81")], null, GamesOnPostgres.At));
        var medals = games.Grains.GetGrain<IMedalsGrain>("OG2024");
        await medals.ReplaceMedalTableAsync(new(1, [new(1, "USA", 1, 0, 0, 1), new(2, "JAM", 0, 1, 0, 1)], GamesOnPostgres.At));
        var accreditation = await AccreditedAsync(games, "00000042");

        (await StateAtRun.JsonAsync(games, "session-ATH01")).View().ShouldBe(GamesOnPostgres.Json((await session.GetSessionAsync())!), new JsonNodeComparer());
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        (await StateAtRun.JsonAsync(games, "session-ATH01", "--at", now)).View().ShouldBe(GamesOnPostgres.Json((await session.GetSessionAsync())!), new JsonNodeComparer());
        (await StateAtRun.JsonAsync(games, "medals-OG2024", "--at", now)).View().ShouldBe(GamesOnPostgres.Json(await medals.GetMedalTableAsync()), new JsonNodeComparer());
        (await StateAtRun.JsonAsync(games, "accreditation-00000042")).View().ShouldBe(GamesOnPostgres.Json((await accreditation.GetAccreditationAsync())!), new JsonNodeComparer());
        (await StateAtRun.JsonAsync(games, "venue-STA")).View().ShouldBe(
            GamesOnPostgres.Json((await games.Grains.GetGrain<IVenueGrain>("STA").GetVenueAsync())!), new JsonNodeComparer());
    }

    [Fact]
    public async Task An_accreditation_shows_its_privileges_before_and_after_a_change_by_time_and_by_version()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var accreditation = await AccreditedAsync(games, "00000042");
        var before = await GamesOnPostgres.PauseAsync();
        await accreditation.ChangePrivilegesAsync(new(new(["STA", "BCY"], [1, 2, 5], "T1", true), "moved to the photo pool", GamesOnPostgres.At));

        var atTime = await StateAtRun.JsonAsync(games, "accreditation-00000042", "--at", before.ToString("O", CultureInfo.InvariantCulture));
        var atVersion = await StateAtRun.JsonAsync(games, "accreditation-00000042", "--version", "3");
        var latest = await StateAtRun.JsonAsync(games, "accreditation-00000042");

        atTime["version"]!.GetValue<long>().ShouldBe(3);
        atTime.View()["privileges"]!["venues"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["STA"]);
        atVersion.View().ShouldBe(atTime.View(), new JsonNodeComparer());
        latest["version"]!.GetValue<long>().ShouldBe(4);
        latest.View()["privileges"]!["venues"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["BCY", "STA"]);
    }

    [Fact]
    public async Task A_unit_shows_its_results_before_a_correction_at_a_local_venue_time()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var session = games.Grains.GetGrain<ISessionGrain>("ATH01");
        await ScheduleFinalAsync(games);
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Unofficial, [Entry("A1", 1, "9.79"), Entry("B2", 2, "9.81")], null, GamesOnPostgres.At));
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Official, [Entry("A1", 1, "9.79"), Entry("B2", 2, "9.81")], null, GamesOnPostgres.At));
        var before = await GamesOnPostgres.PauseAsync();
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Official, [Entry("B2", 1, "9.78"), Entry("A1", 2, "9.79")], "photo finish reviewed", GamesOnPostgres.At));
        var local = TimeZoneInfo.ConvertTime(before, _paris).ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

        var byZone = await StateAtRun.JsonAsync(games, "session-ATH01", "--at", local, "--zone", "Europe/Paris");
        var byVenue = await StateAtRun.JsonAsync(games, "session-ATH01", "--at", local, "--zone", "venue:STA");
        var table = await games.RunAsync("state-at", "session-ATH01", "--at", local, "--zone", "venue:STA");
        var after = await StateAtRun.JsonAsync(games, "session-ATH01");

        Winner(byZone).ShouldBe("A1");
        byZone.View()["units"]![0]!["notes"]!.AsArray().ShouldBeEmpty();
        byVenue.View().ShouldBe(byZone.View(), new JsonNodeComparer());
        table.ExitCode.ShouldBe(0, table.Error);
        table.Output.ShouldContain($"{Final} results");
        table.Output.ShouldMatch(@"A1\s*│\s*1\s*│\s*9\.79");
        Winner(after).ShouldBe("B2");
        after.View()["units"]![0]!["notes"]![0]!["note"]!.GetValue<string>().ShouldBe("photo finish reviewed");
    }

    [Fact]
    public async Task At_a_competition_time_a_unit_shows_the_results_the_venue_had_then_whenever_they_were_recorded()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var session = games.Grains.GetGrain<ISessionGrain>("ATH01");
        await ScheduleFinalAsync(games);
        // Recorded now, in 2026; the venue's clock said 21:40 and 21:50 on the night of the final (19:40Z, 19:50Z).
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Unofficial, [Entry("A1", 1, "9.79"), Entry("B2", 2, "9.81")], null, _start.AddMinutes(40)));
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Official, [Entry("B2", 1, "9.78"), Entry("A1", 2, "9.79")], "photo finish reviewed", _start.AddMinutes(50)));

        var between = await StateAtRun.JsonAsync(games, "session-ATH01", "--competition-time", "2024-08-04 21:45:00", "--zone", "venue:STA");
        var byRecordedTime = await games.RunAsync("state-at", "session-ATH01", "--at", "2024-08-04 21:45:00", "--zone", "venue:STA");
        var tooEarly = await games.RunAsync("state-at", "session-ATH01", "--competition-time", "2024-07-01T00:00:00Z");
        var both = await games.RunAsync("state-at", "session-ATH01", "--competition-time", "2024-08-04T19:45:00Z", "--at", "2024-08-04T19:45:00Z");

        Winner(between).ShouldBe("A1");
        between["asOf"]!.GetValue<string>().ShouldBe("2024-08-04T19:45:00.000Z");
        between["asOfClock"]!.GetValue<string>().ShouldBe("competition");
        byRecordedTime.ShouldFail(3, "did not exist yet at 2024-08-04T19:45:00.000Z");
        tooEarly.ShouldFail(3, "no event at or before competition time 2024-07-01T00:00:00.000Z");
        both.ShouldFail(2, "not both");
    }

    [Fact]
    public async Task The_medal_table_as_of_a_time_is_the_one_before_the_last_standings()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var medals = games.Grains.GetGrain<IMedalsGrain>("OG2024");
        await medals.ReplaceMedalTableAsync(new(1, [new(1, "USA", 1, 0, 0, 1)], GamesOnPostgres.At));
        var before = await GamesOnPostgres.PauseAsync();
        await medals.ReplaceMedalTableAsync(new(2, [new(1, "FRA", 2, 0, 0, 2), new(2, "USA", 1, 0, 0, 1)], GamesOnPostgres.At));

        var then = await StateAtRun.JsonAsync(games, "medals-OG2024", "--at", before.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));

        then.View()["tableVersion"]!.GetValue<int>().ShouldBe(1);
        then.View()["lines"]!.AsArray().Select(l => l!["noc"]!.GetValue<string>()).ShouldBe(["USA"]);
        (await StateAtRun.JsonAsync(games, "medals-OG2024")).View()["lines"]![0]!["noc"]!.GetValue<string>().ShouldBe("FRA");
    }

    [Fact]
    public async Task A_long_stream_starts_from_the_grains_snapshot_at_or_below_the_version_and_gives_the_same_state()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var venue = games.Grains.GetGrain<IVenueGrain>("STA");
        for (var i = 1; i <= 120; i++)
        {
            await venue.RecordKeepAliveAsync(new("ATH-RSYS", GamesOnPostgres.At.AddSeconds(i)));
        }

        var at110 = await StateAtRun.JsonAsync(games, "venue-STA", "--version", "110");
        var at50 = await StateAtRun.JsonAsync(games, "venue-STA", "--version", "50");
        var now = await StateAtRun.JsonAsync(games, "venue-STA");

        at110["fromSnapshot"]!.GetValue<long>().ShouldBe(100);
        at110.View()["lastKeepAlive"]!.ToString().ShouldContain("12:01:49");
        at50["fromSnapshot"]!.GetValue<long>().ShouldBe(0);
        at50.View()["lastKeepAlive"]!.ToString().ShouldContain("12:00:49");
        now.View().ShouldBe(GamesOnPostgres.Json((await venue.GetVenueAsync())!), new JsonNodeComparer());
    }

    [Fact]
    public async Task Questions_that_have_no_answer_exit_3_and_malformed_ones_exit_2_saying_why()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        await AccreditedAsync(games, "00000042");

        (await games.RunAsync("state-at", "accreditation-0000042")).ShouldFail(3, "Did you mean: accreditation-00000042");
        (await games.RunAsync("state-at", "accreditation-00000042", "--version", "9")).ShouldFail(3, "is at version 3; --version 9 is above it");
        (await games.RunAsync("state-at", "accreditation-00000042", "--at", "2001-01-01T00:00:00Z")).ShouldFail(3, "did not exist yet at 2001-01-01T00:00:00.000Z");
        (await games.RunAsync("state-at", "feed-CIS")).ShouldFail(3, "the categories it knows are accreditation");
        (await games.RunAsync("state-at", "venue-STA", "--version", "two")).ShouldFail(2, "--version: 'two' is not a stream version");
        (await games.RunAsync("state-at", "venue-STA", "--at", "yesterday")).ShouldFail(2, "--at: 'yesterday' is not a time");
        (await games.RunAsync("state-at", "venue-STA", "--at", "2024-08-04 21:43:10")).ShouldFail(2, "is a local time: say where with --zone");
        (await games.RunAsync("state-at", "venue-STA", "--at", "2024-03-31 02:30:00", "--zone", "Europe/Paris")).ShouldFail(2, "does not exist in Europe/Paris");
        (await games.RunAsync("state-at", "venue-STA", "--at", "2024-08-04 21:43:10", "--zone", "Mars/Olympus")).ShouldFail(2, "'Mars/Olympus' is not a time zone");
        (await games.RunAsync("state-at", "venue-STA", "--at", "2024-08-04 21:43:10", "--zone", "venue:STX")).ShouldFail(3, "Did you mean: venue-STA");
        (await games.RunAsync("state-at", "venue-STA", "--version", "1", "--at", "2024-08-04T21:43:10Z")).ShouldFail(2, "not both");
    }

    [Fact]
    public async Task Help_shows_an_example_and_the_exit_codes()
    {
        var run = await ReplayRun.RunAsync("state-at", "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Example: state-at session-BOX01 --competition-time \"2024-07-27 11:00\" --zone venue:NPA");
        run.Output.ShouldContain("Exit codes:");
    }

    private static async Task ScheduleFinalAsync(GamesOnPostgres games)
    {
        var session = games.Grains.GetGrain<ISessionGrain>("ATH01");
        await session.ScheduleSessionAsync(new("ATH", "STA", "Evening session", _start, _start.AddHours(3), [new PlannedUnit(Final, "Men's 100m final", _start)], GamesOnPostgres.At));
        await session.SetStartListAsync(new(Final, ["A1", "B2"], GamesOnPostgres.At));
    }

    private static async Task<IAccreditationGrain> AccreditedAsync(GamesOnPostgres games, string number)
    {
        var grain = games.Grains.GetGrain<IAccreditationGrain>(number);
        await grain.ApplyForAccreditationAsync(new("Ana Lima", AccreditationCategory.Media, "EP", null, "AFP", new(2024, 7, 1), new(2024, 8, 31), "press application", GamesOnPostgres.At));
        await grain.ClearVettingAsync(new("cleared by the prefecture", GamesOnPostgres.At));
        await grain.ApproveAccreditationAsync(new(new(["STA"], [1], null, false), "photographer, athletics", GamesOnPostgres.At));
        return grain;
    }

    private static UnitResultEntry Entry(string athlete, int rank, string mark) => new(athlete, rank, mark, null, null, false);

    private static string Winner(JsonObject answer) =>
        answer.View()["units"]![0]!["results"]!.AsArray().Single(r => r!["rank"]!.GetValue<int>() == 1)!["athlete"]!.GetValue<string>();
}
