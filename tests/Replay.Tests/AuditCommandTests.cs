using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Replay.Tests;

public sealed class AuditCommandTests
{
    private const string Final = "ATHM100M--------------FNL-000100--";
    private static readonly DateTimeOffset _at = GamesOnPostgres.At;

    [Fact]
    public async Task The_csv_history_shows_who_changed_what_and_why_with_the_commands_correlation_ids()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var (applied, changed) = await AccreditationHistoryAsync(games);

        var run = await games.RunAsync("audit", "accreditation-00000042", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv.Parse(run.Output);
        rows[0].ShouldBe(["at_utc", "at_local", "zone", "stream", "version", "event", "changes", "actor", "reason", "correlation_id", "causation_id", "trace_id"]);
        rows.Count.ShouldBe(5);
        rows.Skip(1).Select(r => r[5]).ShouldBe(["accreditation.applied.v1", "accreditation.vetting-cleared.v1", "accreditation.approved.v1", "accreditation.privileges-changed.v1"]);
        rows[4][7].ShouldBe("http:bob");
        rows[4][8].ShouldBe("moved to the photo pool, venues \"STA\", \"BCY\"");
        rows[4][6].ShouldContain("\"venues\":[\"BCY\",\"STA\"]");
        rows[4][6].ShouldNotContain("photo pool");
        rows[4][9].ShouldBe(changed.TraceId.ToHexString());
        rows[4][11].ShouldBe(changed.TraceId.ToHexString());
        rows[4][10].ShouldMatch("^[0-9a-f]{16}$");
        rows[3][8].ShouldBe("photographer, athletics");
        rows[1][7].ShouldBe("http:alice");
        rows[1][9].ShouldBe(applied.TraceId.ToHexString());
        rows[1][6].ShouldContain("name=Ana Lima");
        DateTimeOffset.Parse(rows[1][0], CultureInfo.InvariantCulture).ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Filters_by_actor_and_time_range_keep_only_the_matching_events()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        await AccreditationHistoryAsync(games);
        var events = await games.Store.ReadStreamAsync("accreditation-00000042").ToListAsync();
        var second = events[1].Timestamp.ToString("O", CultureInfo.InvariantCulture);

        var bob = Csv.Parse((await games.RunAsync("audit", "accreditation-00000042", "--actor", "bob", "--format", "csv")).Output);
        var alice = Csv.Parse((await games.RunAsync("audit", "accreditation-00000042", "--actor", "http:alice", "--format", "csv")).Output);
        var fromSecond = Csv.Parse((await games.RunAsync("audit", "accreditation-00000042", "--from", second, "--format", "csv")).Output);
        var toSecond = Csv.Parse((await games.RunAsync("audit", "accreditation-00000042", "--to", second, "--format", "csv")).Output);
        var window = Csv.Parse((await games.RunAsync("audit", "accreditation-00000042", "--from", second, "--to", second, "--actor", "alice", "--format", "csv")).Output);

        bob.Skip(1).Select(r => r[4]).ShouldBe(["4"]);
        alice.Skip(1).Select(r => r[4]).ShouldBe(["1", "2", "3"]);
        fromSecond.Skip(1).Select(r => r[4]).ShouldBe(["2", "3", "4"]);
        toSecond.Skip(1).Select(r => r[4]).ShouldBe(["1", "2"]);
        window.Skip(1).Select(r => r[4]).ShouldBe(["2"]);
    }

    [Fact]
    public async Task Json_lines_parse_back_with_the_changes_as_an_object_and_go_to_a_file_with_out()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        await AccreditationHistoryAsync(games);
        var file = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = await games.RunAsync("audit", "accreditation-00000042", "--format", "json", "--out", file);

            run.ExitCode.ShouldBe(0, run.Error);
            run.Output.ShouldBeEmpty();
            run.Error.ShouldContain("4 of 4 events written to");
            var lines = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            lines.Count.ShouldBe(4);
            lines[3].GetProperty("event").GetString().ShouldBe("accreditation.privileges-changed.v1");
            lines[3].GetProperty("changes").GetProperty("privileges").GetProperty("venues")[0].GetString().ShouldBe("BCY");
            lines[3].GetProperty("changes").TryGetProperty("reason", out _).ShouldBeFalse();
            lines[3].GetProperty("reason").GetString().ShouldStartWith("moved to the photo pool");
            lines[3].GetProperty("actor").GetString().ShouldBe("http:bob");
            lines[3].GetProperty("version").GetInt64().ShouldBe(4);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_category_export_holds_every_stream_in_global_order_with_venue_local_times_for_sessions()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        await AccreditationHistoryAsync(games);
        await games.Grains.GetGrain<IAccreditationGrain>("00000043").ApplyForAccreditationAsync(
            new("Ben Ode", AccreditationCategory.Media, "E", null, "AP", new(2024, 7, 1), new(2024, 8, 31), "press", _at));
        var start = new DateTimeOffset(2024, 8, 4, 19, 0, 0, TimeSpan.Zero);
        var session = games.Grains.GetGrain<ISessionGrain>("ATH01");
        await session.ScheduleSessionAsync(new("ATH", "STA", "Evening", start, start.AddHours(3), [new PlannedUnit(Final, "Final", start)], _at));
        await session.SetStartListAsync(new(Final, ["A1", "B2"], _at));
        await session.RecordUnitResultAsync(new(Final, ResultStatus.Unofficial, [new("A1", 1, "9.79", null, null, false)], null, _at));

        var accreditations = Csv.Parse((await games.RunAsync("audit", "--category", "accreditation", "--format", "csv")).Output);
        var sessions = Csv.Parse((await games.RunAsync("audit", "--category", "session", "--format", "csv")).Output);
        var all = Csv.Parse((await games.RunAsync("audit", "--category", "all", "--format", "csv")).Output);

        accreditations.Skip(1).Select(r => $"{r[3]}@{r[4]}").ShouldBe(["accreditation-00000042@1", "accreditation-00000042@2", "accreditation-00000042@3", "accreditation-00000042@4", "accreditation-00000043@1"]);
        sessions.Skip(1).Select(r => r[5]).ShouldBe(["session.scheduled.v1", "session.start-list-set.v1", "session.unit-result-recorded.v1"]);
        sessions.Skip(1).Select(r => r[2]).ShouldAllBe(zone => zone == "Europe/Paris", string.Join("\n", sessions.Select(r => string.Join(" | ", r))));
        var utc = DateTimeOffset.Parse(sessions[3][0], CultureInfo.InvariantCulture);
        var local = DateTimeOffset.Parse(sessions[3][1], CultureInfo.InvariantCulture);
        local.ShouldBe(utc);
        local.Offset.ShouldBe(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(utc));
        all.Count.ShouldBe(1 + 1 + 5 + 3);
        all[1][3].ShouldBe("venue-STA");
        all[1][2].ShouldBe("Europe/Paris");
    }

    [Fact]
    public async Task The_table_shows_the_history_for_reading_on_screen()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        await AccreditationHistoryAsync(games);

        var run = await games.RunAsync("audit", "accreditation-00000042");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("accreditation.privileges-changed.v1");
        run.Output.ShouldContain("http:bob");
    }

    [Fact]
    public async Task Unknown_streams_and_categories_exit_3_with_what_exists_and_bad_usage_exits_2()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        await AccreditationHistoryAsync(games);

        (await games.RunAsync("audit", "accreditation-0000042")).ShouldFail(3, "Did you mean: accreditation-00000042");
        (await games.RunAsync("audit", "--category", "acreditation")).ShouldFail(3, "The store holds: accreditation, venue");
        (await games.RunAsync("audit")).ShouldFail(2, "give a stream id");
        (await games.RunAsync("audit", "venue-STA", "--format", "xml")).ShouldFail(2, "'xml' is not a format");
        (await games.RunAsync("audit", "venue-STA", "--from", "2024-08-04 21:00")).ShouldFail(2, "--from: '2024-08-04 21:00' is a local time");
    }

    [Fact]
    public async Task Help_shows_an_example_and_the_exit_codes()
    {
        var run = await ReplayRun.RunAsync("audit", "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Example: audit accreditation-00000042 --actor alice");
        run.Output.ShouldContain("Exit codes:");
    }

    // Alice applies and approves (one trace), Bob changes the privileges (another trace), as the silo's HTTP endpoints would record them.
    private static async Task<(ActivityContext Applied, ActivityContext Changed)> AccreditationHistoryAsync(GamesOnPostgres games)
    {
        var grain = games.Grains.GetGrain<IAccreditationGrain>("00000042");
        ActivityContext applied, changed;
        using (var activity = new Activity("apply").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            ActorContext.Current = "http:alice";
            await grain.ApplyForAccreditationAsync(new("Ana Lima", AccreditationCategory.Media, "EP", null, "AFP", new(2024, 7, 1), new(2024, 8, 31), "press application", _at));
            await grain.ClearVettingAsync(new("cleared by the prefecture", _at));
            await grain.ApproveAccreditationAsync(new(new(["STA"], [1], null, false), "photographer, athletics", _at));
            applied = activity.Context;
        }

        await GamesOnPostgres.PauseAsync();
        using (var activity = new Activity("change").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            ActorContext.Current = "http:bob";
            await grain.ChangePrivilegesAsync(new(new(["STA", "BCY"], [1, 2], "T1", true), "moved to the photo pool, venues \"STA\", \"BCY\"", _at));
            changed = activity.Context;
        }

        ActorContext.Current = "";
        return (applied, changed);
    }
}
