using System.Net;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Silo.Simulation;

namespace Olympics.Orleans.Silo.Tests.Simulation;

public sealed class OdfPlayerTimingTests
{
    private static PlannedMessage Message(double at, string source) =>
        new(TimeSpan.FromSeconds(at), $"doc-{source}", "DT_KA", 1, null, source, PlannedKind.Original, "<OdfBody/>"u8.ToArray());

    private static readonly SimulationPlan _plan = new(["S1"], [Message(0, "A"), Message(10, "B")]);

    [Fact]
    public async Task At_speed_10_a_message_planned_at_10_s_waits_1_s_of_the_clock()
    {
        var (time, silo) = (new ManualTime(), new ScriptedSilo());
        using var http = silo.Client();
        var play = new OdfPlayer(http, s => $"key-{s}", new PlayerOptions(Speed: 10), time).PlayAsync(_plan, null, TestContext.Current.CancellationToken);

        (await silo.Received.Reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBe("key-A");
        await time.NextTimer();
        time.Advance(TimeSpan.FromSeconds(0.9));
        silo.Received.Reader.TryRead(out _).ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(0.1));

        (await silo.Received.Reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBe("key-B");
        (await play).AllAcknowledged.ShouldBeTrue();
    }

    [Fact]
    public async Task A_message_not_answered_200_is_posted_again_after_the_retry_interval()
    {
        var (time, silo) = (new ManualTime(), new ScriptedSilo(HttpStatusCode.ServiceUnavailable));
        using var http = silo.Client();
        var play = new OdfPlayer(http, s => $"key-{s}", new PlayerOptions(Speed: 0, Concurrency: 1, RetryEverySeconds: 5), time)
            .PlayAsync(new SimulationPlan(["S1"], [Message(0, "A")]), null, TestContext.Current.CancellationToken);

        await silo.Received.Reader.ReadAsync(TestContext.Current.CancellationToken);
        await time.NextTimer();
        time.Advance(TimeSpan.FromSeconds(5));
        await silo.Received.Reader.ReadAsync(TestContext.Current.CancellationToken);

        var report = await play;
        report.Answers.ShouldHaveSingleItem().Attempts.ShouldBe(2);
        (report.Retries, report.Acknowledged["Stored"]).ShouldBe((1, 1));
    }

    [Fact]
    public async Task A_player_plays_one_plan_so_its_report_counts_only_that_plan()
    {
        using var http = new ScriptedSilo().Client();
        var player = new OdfPlayer(http, s => $"key-{s}", new PlayerOptions(Speed: 0), new ManualTime());

        (await player.PlayAsync(new SimulationPlan(["S1"], [Message(0, "A")]), null, TestContext.Current.CancellationToken)).Answers.Count.ShouldBe(1);
        await Should.ThrowAsync<InvalidOperationException>(() => player.PlayAsync(_plan, null, TestContext.Current.CancellationToken));
    }
}
