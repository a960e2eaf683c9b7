using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.Grains.Odf.Apply;
using static Olympics.Orleans.Grains.Tests.Odf.Apply.OdfApplyHarness;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>The apply process on an in-memory store: retries, running data, and how often it writes its checkpoint.</summary>
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
        await harness.CaughtUpAsync();

        var events = await harness.Store.ReadStreamAsync("session-ATH01").Select(e => e.Type).ToListAsync(TestContext.Current.CancellationToken);
        events.ShouldBe(["session.scheduled.v1", "session.start-list-set.v1", "session.unit-result-recorded.v1", "session.unit-result-recorded.v1"]);
        (await Session(harness)).Units.Single().Results.Count.ShouldBe(2);
        (await harness.ProcessEventsAsync()).Length.ShouldBe(2, "one checkpoint per result, none for running data");
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
        for (var i = 0; i < 400 && (await venue.GetVenueAsync())!.LastKeepAlive != ReceivedAt(12); i++)
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        var view = (await venue.GetVenueAsync())!;
        (view.LastKeepAlive, view.Version).ShouldBe((ReceivedAt(12), 13));
        (await harness.ProcessEventsAsync()).Select(e => ((OdfApplyCheckpointed)e).Version).ShouldBe([5, 10]);
    }

    private static async Task<SessionView> Session(OdfApplyHarness harness) => (await harness.Grains.GetGrain<ISessionGrain>("ATH01").GetSessionAsync())!;
}
