using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>The audit tool reads a roster's history as it reads any other: who changed whose shifts, when and why.</summary>
public sealed class RosterAuditTests
{
    private static readonly DateTimeOffset _at = GamesOnPostgres.At;

    [Fact]
    public async Task The_audit_of_a_roster_shows_whose_shifts_a_re_plan_changed_by_whom_and_why()
    {
        await using var games = await GamesOnPostgres.StartAsync();
        var log = new RosterLog(games.Store);
        await log.PublishAsync("paris", new PublishRoster([], [(new Assignment(1, 10), "planned"), (new Assignment(2, 11), "planned")], 0, 100, "first roster", _at), "workforce:ana");
        await log.PublishAsync("paris", new PublishRoster(
            [(new Assignment(1, 10), "VolunteerWithdrew")], [(new Assignment(1, 12), "RefilledAfterChange")], 0, 90, "volunteer 10 fell ill", _at.AddDays(1)), "workforce:carla");

        var run = await games.RunAsync("audit", RosterLog.StreamId("paris"), "--actor", "carla", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv.Parse(run.Output);
        rows.Skip(1).Select(r => (r[5], r[7], r[8])).ShouldBe([
            ("volunteer.released.v1", "workforce:carla", "VolunteerWithdrew"),
            ("volunteer.assigned.v1", "workforce:carla", "RefilledAfterChange"),
            ("roster.published.v1", "workforce:carla", "volunteer 10 fell ill"),
        ]);
        rows[1][6].ShouldContain("volunteer=10");
        rows[1][6].ShouldContain("shift=1");
        rows[2][6].ShouldContain("volunteer=12");
        var all = Csv.Parse((await games.RunAsync("audit", RosterLog.StreamId("paris"), "--format", "csv")).Output);
        all.Skip(1).Select(r => r[5]).ShouldBe(["volunteers.assigned-in-bulk.v1", "roster.published.v1", "volunteer.released.v1", "volunteer.assigned.v1", "roster.published.v1"]);
        all[1][7].ShouldBe("workforce:ana");
    }
}
