using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Odf.Apply;
using static Olympics.Orleans.Grains.Tests.Odf.Apply.OdfApplyHarness;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>The apply process on an in-memory store: retries, running data, and when it writes its checkpoint (by time).</summary>
public sealed class OdfApplyProcessTests
{
    private const string StartList = """<Result><Competitor Code="1001"/></Result><Result><Competitor Code="1002"/></Result>""";
    private const string Ranked = """<Result Rank="1"><Competitor Code="1002"/></Result><Result Rank="2"><Competitor Code="1001"/></Result>""";

    [Fact]
    public async Task A_store_that_fails_is_retried_until_the_command_applies_and_nothing_is_refused()
    {
        await using var harness = await StartAsync();
        harness.Store.FailNext(3, "session-");

        await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", StartList);
        await harness.CaughtUpAsync();

        harness.Store.Failed.ShouldBe(3);
        (await Session(harness)).Units.ShouldHaveSingleItem().StartList.ShouldBe(["1001", "1002"]);
        (await harness.ProcessEventsAsync()).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyCheckpointed>().Steps.ShouldBe(1);
    }

    [Fact]
    public async Task A_checkpoint_the_store_refuses_is_retried_too()
    {
        await using var harness = await StartAsync();
        harness.Store.FailNext(2, "process-");

        await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", StartList);
        await harness.CaughtUpAsync();

        harness.Store.Failed.ShouldBe(2);
        (await harness.ProcessEventsAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Running_data_marks_the_unit_live_once_and_records_nothing_for_the_messages_after()
    {
        await using var harness = await StartAsync();
        await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", StartList);
        for (var version = 1; version <= 20; version++)
        {
            await harness.ReceiveAsync("DT_CURRENT", Unit, version, null, """<Current Progress="1"/>""");
        }

        await harness.ReceiveAsync("DT_RESULT", Unit, 2, "LIVE", Ranked);
        await SessionAsync(harness, s => s.Units.Single().Results.Count == 2);

        var events = await harness.Store.ReadStreamAsync("session-ATH01").Select(e => e.Type).ToListAsync(TestContext.Current.CancellationToken);
        events.ShouldBe(["session.scheduled.v1", "session.start-list-set.v1", "session.unit-result-recorded.v1", "session.unit-result-recorded.v1"]);
        (await harness.ProcessEventsAsync()).ShouldBeEmpty("no checkpoint per result while the clock stands still");
        var checkpoint = (await harness.CaughtUpAsync()).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyCheckpointed>();
        (checkpoint.DocumentKey, checkpoint.Version).ShouldBe(((await harness.DocumentsAsync())[^1].StreamId["odf-".Length..], 2));
    }

    [Fact]
    public async Task Checkpoints_are_written_by_time_at_most_once_per_interval_and_catch_up_when_idle()
    {
        await using var harness = await StartAsync();
        await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", StartList);
        await harness.ReceiveAsync("DT_RESULT", Unit, 2, "LIVE", Ranked);
        await SessionAsync(harness, s => s.Units.Single().Status == ResultStatus.Live);
        (await harness.ProcessEventsAsync()).ShouldBeEmpty();

        harness.Time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        (await harness.ProcessEventsAsync()).ShouldBeEmpty("the interval has not passed since the first document");
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var first = (await harness.CaughtUpAsync(advance: false)).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyCheckpointed>();
        first.Version.ShouldBe(2);

        // While documents keep coming, the next checkpoint waits an interval after the first of them.
        await harness.ReceiveAsync("DT_RESULT", Unit, 3, "LIVE", Ranked.Replace("Rank=\"2\"", "Rank=\"3\"", StringComparison.Ordinal));
        await SessionAsync(harness, s => s.Units.Single().Results.Any(r => r.Rank == 3));
        harness.Time.Advance(Interval / 2);
        await harness.ReceiveAsync("DT_RESULT", Unit, 4, "UNCONFIRMED", Ranked);
        await SessionAsync(harness, s => s.Units.Single().Status == ResultStatus.Unconfirmed);
        (await harness.ProcessEventsAsync()).Length.ShouldBe(1);
        harness.Time.Advance(Interval / 2);
        var second = (await harness.CaughtUpAsync(advance: false)).Skip(1).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyCheckpointed>();
        second.Version.ShouldBe(4);
    }

    [Fact]
    public async Task A_refusal_is_recorded_at_once_and_is_the_checkpoint_of_the_documents_before_it()
    {
        await using var harness = await StartAsync();
        await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", StartList);
        await harness.ReceiveAsync("DT_RESULT", Unit, 2, "LIVE", """<Result Rank="1"><Competitor Code="1001"/></Result><Result Rank="2"><Competitor Code="1001"/></Result>""");

        var refused = (await harness.CaughtUpAsync(advance: false)).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyRefused>();

        (refused.Version, refused.Position).ShouldBe((2, (await harness.DocumentsAsync())[^1].Position.ToToken()));
        refused.Reason.ShouldContain("Athlete 1001 has two entries");
        await harness.ReceiveAsync("DT_RESULT", Unit, 3, "LIVE", Ranked);
        await SessionAsync(harness, s => s.Units.Single().Status == ResultStatus.Live);
        (await harness.ProcessEventsAsync()).ShouldHaveSingleItem();
        (await harness.CaughtUpAsync())[^1].ShouldBeOfType<OdfApplyCheckpointed>().Version.ShouldBe(3);
    }

    [Fact]
    public async Task A_graceful_stop_writes_the_pending_checkpoint()
    {
        var harness = await StartAsync();
        await using (harness)
        {
            await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", StartList);
            await harness.ReceiveAsync("DT_RESULT", Unit, 2, "LIVE", Ranked);
            await SessionAsync(harness, s => s.Units.Single().Status == ResultStatus.Live);
            (await harness.ProcessEventsAsync()).ShouldBeEmpty();

            await harness.StopAsync();

            var checkpoint = (await harness.ProcessEventsAsync()).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyCheckpointed>();
            checkpoint.Position.ShouldBe((await harness.DocumentsAsync())[^1].Position.ToToken());
        }
    }

    [Fact]
    public async Task Keep_alives_share_a_checkpoint_every_so_many_documents_and_each_records_the_venue_s_last()
    {
        await using var harness = await StartAsync(checkpointEvery: 5);
        for (var version = 1; version <= 12; version++)
        {
            await harness.ReceiveAsync("DT_KA", "STA", version, null, null);
        }

        var venue = harness.Grains.GetGrain<IVenueGrain>("STA");
        var view = (await EventuallyAsync(venue.GetVenueAsync, v => v!.LastKeepAlive == ReceivedAt(12), "the last keep-alive was never applied"))!;

        (view.LastKeepAlive, view.Version).ShouldBe((ReceivedAt(12), 13));
        (await EventuallyAsync(harness.ProcessEventsAsync, e => e.Length == 2, "no checkpoint every 5 documents")).Select(e => e.Version()).ShouldBe([5, 10]);
        (await harness.CaughtUpAsync()).Select(e => e.Version()).ShouldBe([5, 10, 12], "the last two are checkpointed once the interval has passed");
    }

    private static async Task<SessionView> Session(OdfApplyHarness harness) => (await harness.Grains.GetGrain<ISessionGrain>("ATH01").GetSessionAsync())!;

    private static Task<SessionView> SessionAsync(OdfApplyHarness harness, Func<SessionView, bool> done) =>
        EventuallyAsync(() => Session(harness), done, "the session never reached the state expected");
}

internal static class OdfApplyEventExtensions
{
    public static int Version(this IOdfApplyEvent e) => e switch
    {
        OdfApplyCheckpointed c => c.Version,
        OdfApplyRefused r => r.Version,
        _ => throw new InvalidOperationException(e.GetType().Name),
    };
}
