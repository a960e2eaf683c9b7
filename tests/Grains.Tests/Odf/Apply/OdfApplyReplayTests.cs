using Npgsql;
using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.Grains.Odf.Apply;
using static Olympics.Orleans.Grains.Tests.Odf.Apply.OdfApplyHarness;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>
/// Why the process may checkpoint by time: on real PostgreSQL, a unit's whole day (start list, LIVE results, OFFICIAL, a
/// correction, with schedule updates, phase results, medals and keep-alives around it) is applied, then the process
/// restarts from an older checkpoint and handles all of it again: nothing changes and nothing is refused.
/// </summary>
public sealed class OdfApplyReplayTests
{
    private const string Discipline = "ATH-------------------------------";
    private static readonly string _event = Unit[..22].PadRight(34, '-');
    private static readonly string _table = "GLO".PadRight(34, '-');
    private static readonly string[] _streams = ["session-ATH01", "venue-STA", "medals-OG2024"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Replaying_a_unit_s_documents_from_an_older_checkpoint_changes_nothing_and_refuses_nothing(int keptCheckpoints)
    {
        var schema = TestPostgres.NewSchemaName();
        await using var postgres = MartenTestStores.Create(schema);
        await postgres.InitializeAsync(TestContext.Current.CancellationToken);
        var store = new FlakyStore(postgres);
        long[] before;
        await using (var harness = await StartAsync(store: store))
        {
            await PlayFirstHalfAsync(harness);
            await EventuallyAsync(() => harness.Grains.GetGrain<GrainInterfaces.Venues.IVenueGrain>("STA").GetVenueAsync(), v => v!.LastKeepAlive is not null, "the first half was never applied");
            (await harness.CaughtUpAsync()).Length.ShouldBe(1, "one checkpoint after the third LIVE result and a keep-alive");
            await PlaySecondHalfAsync(harness);
            await harness.CaughtUpAsync();
            var unit = (await harness.Grains.GetGrain<ISessionGrain>("ATH01").GetSessionAsync())!.Units.Single();
            (unit.Status, unit.Notes.Count, unit.Results[0].Athlete).ShouldBe((ResultStatus.Official, 1, "1002"));
            (await harness.Grains.GetGrain<IMedalsGrain>("OG2024").GetMedalTableAsync()).TableVersion.ShouldBe(2);
            before = await Task.WhenAll(_streams.Select(s => store.GetStreamVersionAsync(s, TestContext.Current.CancellationToken)));
            (await harness.ProcessEventsAsync()).ShouldAllBe(e => e is OdfApplyCheckpointed);
        }

        await TestPostgres.RewindStreamAsync(schema, OdfApplyProcess.CheckpointStream, keptCheckpoints);
        await using var restarted = await StartAsync(store: store, arrange: false);
        var again = await restarted.CaughtUpAsync();

        again.Length.ShouldBeGreaterThan(keptCheckpoints, "the documents after the kept checkpoint were handled again");
        again.OfType<OdfApplyRefused>().ShouldBeEmpty();
        (await Task.WhenAll(_streams.Select(s => store.GetStreamVersionAsync(s, TestContext.Current.CancellationToken)))).ShouldBe(before);
    }

    // The schedule, the start list, running data and three LIVE results.
    private static async Task PlayFirstHalfAsync(OdfApplyHarness harness)
    {
        await harness.ReceiveAsync("DT_SCHEDULE_UPDATE", Discipline, 1, null, Schedule("RUNNING"), subcode: "ATH01");
        await harness.ReceiveAsync("DT_RESULT", Unit, 1, "START_LIST", Entry("1001") + Entry("1002") + Entry("1003"));
        await harness.ReceiveAsync("DT_CURRENT", Unit, 1, null, """<Current Progress="1"/>""");
        await harness.ReceiveAsync("DT_RESULT", Unit, 2, "LIVE", Entry("1001", 1) + Entry("1002", 2));
        await harness.ReceiveAsync("DT_CURRENT", Unit, 2, null, """<Current Progress="2"/>""");
        await harness.ReceiveAsync("DT_RESULT", Unit, 3, "LIVE", Entry("1002", 1) + Entry("1001", 2) + Entry("1003", 3));
        await harness.ReceiveAsync("DT_KA", "STA", 1, null, null);
    }

    // More LIVE results, UNCONFIRMED, UNOFFICIAL, OFFICIAL, the phase, the medals, a correction and the session's end.
    private static async Task PlaySecondHalfAsync(OdfApplyHarness harness)
    {
        await harness.ReceiveAsync("DT_RESULT", Unit, 4, "LIVE", Entry("1003", 1) + Entry("1001", 2) + Entry("1002", 3));
        await harness.ReceiveAsync("DT_RESULT", Unit, 5, "UNCONFIRMED", Entry("1001", 1) + Entry("1002", 2) + Entry("1003", 3));
        await harness.ReceiveAsync("DT_RESULT", Unit, 6, "UNOFFICIAL", Entry("1001", 1) + Entry("1002", 2) + Entry("1003", 3));
        await harness.ReceiveAsync("DT_RESULT", Unit, 7, "OFFICIAL", Entry("1001", 1) + Entry("1002", 2) + Entry("1003", 3));
        await harness.ReceiveAsync("DT_PHASE_RESULT", Phase, 1, "PARTIAL", Entry("1001", 1));
        await harness.ReceiveAsync("DT_MEDALLISTS", _event, 1, null, Medals("1001", "1002", "1003"));
        await harness.ReceiveAsync("DT_MEDALS", _table, 1, null, Table(("FRA", 1, 1, 1)));
        await harness.ReceiveAsync("DT_RESULT", Unit, 8, "OFFICIAL",
            Entry("1002", 1) + Entry("1001", 2) + Entry("1003", 3) + "<Notes><Note>Ranks corrected after review of the photo finish.</Note></Notes>");
        await harness.ReceiveAsync("DT_PHASE_RESULT", Phase, 2, "OFFICIAL", Entry("1002", 1));
        await harness.ReceiveAsync("DT_MEDALLISTS", _event, 2, null, Medals("1002", "1001", "1003"));
        await harness.ReceiveAsync("DT_MEDALS", _table, 2, null, Table(("FRA", 1, 1, 1)));
        await harness.ReceiveAsync("DT_SCHEDULE_UPDATE", Discipline, 2, null, Schedule("FINISHED"), subcode: "ATH01");
        await harness.ReceiveAsync("DT_CURRENT", Unit, 3, null, """<Current Progress="3"/>""");
        await harness.ReceiveAsync("DT_KA", "STA", 2, null, null);
    }

    private static string Schedule(string status) =>
        $"""<Session Code="ATH01" Venue="STA" ScheduleStatus="{status}"/><Unit Code="{Unit}" ScheduleStatus="{status}"/>""";

    private static string Entry(string athlete, int? rank = null) =>
        $"""<Result{(rank is { } r ? $" Rank=\"{r}\"" : "")}><Competitor Code="{athlete}" Type="A" Organisation="FRA"/></Result>""";

    private static string Medals(string gold, string silver, string bronze) =>
        $"""<Medal Type="ME_GOLD"><Competitor Code="{gold}" Type="A" Organisation="FRA"/></Medal><Medal Type="ME_SILVER"><Competitor Code="{silver}" Type="A" Organisation="FRA"/></Medal><Medal Type="ME_BRONZE"><Competitor Code="{bronze}" Type="A" Organisation="FRA"/></Medal>""";

    private static string Table((string Noc, int Gold, int Silver, int Bronze) line) =>
        $"""<MedalStandings><MedalLine Rank="1" Organisation="{line.Noc}" Gold="{line.Gold}" Silver="{line.Silver}" Bronze="{line.Bronze}" Total="{line.Gold + line.Silver + line.Bronze}"/></MedalStandings>""";
}
