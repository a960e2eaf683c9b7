using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Silo.Tests.Odf;
using static Olympics.Orleans.Silo.Tests.OdfApply.OdfApplySilo;

namespace Olympics.Orleans.Silo.Tests.OdfApply;

/// <summary>Hand-built messages on real PostgreSQL: refusals are recorded, every time, and the messages after them still apply.</summary>
public sealed class OdfApplyRefusalTests
{
    private const string Unit = OdfMessages.Rsc;
    private static readonly DateTimeOffset _start = new(2024, 8, 4, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_refused_message_is_recorded_every_time_and_the_messages_after_it_still_apply()
    {
        await using var silo = await OdfSilo.StartAsync();
        var grains = silo.Service<IGrainFactory>();
        await ArrangeAsync(grains);

        await PostAsync(silo, Xml("DT_RESULT", Unit, 1, "START_LIST", Entry("1001") + Entry("1002")));
        await PostAsync(silo, Xml("DT_RESULT", Unit, 2, "LIVE", Entry("1001", 1) + Entry("1001", 2)));
        await PostAsync(silo, Xml("DT_RESULT", Unit, 3, "LIVE", """<Result Rank="first"><Competitor Code="1001"/></Result>"""));
        foreach (var version in Enumerable.Range(1, 3))
        {
            await PostAsync(silo, Xml("DT_KA", "XXX", version, null, null, language: null));
        }

        await PostAsync(silo, Xml("DT_RESULT", Unit, 4, "LIVE", Entry("1002", 1) + Entry("1001", 2)));
        await PostAsync(silo, Xml("DT_RESULT", Unit, 5, "UNCONFIRMED", Entry("1001", 1) + Entry("1002", 2)));
        await PostAsync(silo, Xml("DT_RESULT", Unit, 6, "UNOFFICIAL", Entry("1001", 1) + Entry("1002", 2)));
        await PostAsync(silo, Xml("DT_RESULT", Unit, 7, "OFFICIAL", Entry("1001", 1) + Entry("1002", 2)));
        await PostAsync(silo, Xml("DT_MEDALLISTS", Unit[..22].PadRight(34, '-'), 1, null,
            """<Medal Type="ME_GOLD"><Competitor Code="1001" Type="A" Organisation="FRA"/></Medal><Medal Type="ME_SILVER"><Competitor Code="1002" Type="A" Organisation="USA"/></Medal>"""));
        await PostAsync(silo, Xml("DT_MEDALS", "GLO".PadRight(34, '-'), 1, null,
            """<MedalStandings><MedalLine Rank="1" Organisation="FRA" Gold="1" Silver="0" Bronze="0" Total="1"/><MedalLine Rank="2" Organisation="USA" Gold="0" Silver="1" Bronze="0" Total="1"/></MedalStandings>"""));
        await PostAsync(silo, Xml("DT_KA", "STA", 1, null, null, language: null));

        var venue = await EventuallyAsync(() => grains.GetGrain<IVenueGrain>("STA").GetVenueAsync(), v => v!.LastKeepAlive is not null, "no keep-alive at STA");
        venue!.LastKeepAlive.ShouldNotBeNull();
        var unit = (await grains.GetGrain<ISessionGrain>("ATH01").GetSessionAsync())!.Units.ShouldHaveSingleItem();
        unit.Status.ShouldBe(ResultStatus.Official);
        unit.Results.Select(r => (r.Athlete, r.Rank)).ShouldBe([("1001", (int?)1), ("1002", 2)]);
        var medals = await grains.GetGrain<IMedalsGrain>("OG2024").GetMedalTableAsync();
        medals.Lines.Select(l => (l.Noc, l.Gold, l.Silver)).ShouldBe([("FRA", 1, 0), ("USA", 0, 1)]);
        medals.Events.ShouldHaveSingleItem().Medallists.Select(m => (m.Medal, m.Competitor)).ShouldBe([(MedalType.Gold, "1001"), (MedalType.Silver, "1002")]);

        var refused = (await silo.ProcessEventsAsync()).OfType<OdfApplyRefused>().ToList();
        refused.Select(r => (r.DocumentKey.Split('|')[1], r.Version)).ShouldBe([(Unit, 2), (Unit, 3), ("XXX", 1), ("XXX", 2), ("XXX", 3)]);
        refused[0].Reason.ShouldContain("Athlete 1001 has two entries");
        refused[1].Reason.ShouldStartWith("Result.Rank:");
        refused.Skip(2).ShouldAllBe(r => r.Reason.Contains("not registered"));
    }

    [Fact]
    public async Task Phase_results_and_schedule_updates_reach_the_session_and_a_withdrawn_result_leaves_it_as_it_is()
    {
        await using var silo = await OdfSilo.StartAsync();
        var grains = silo.Service<IGrainFactory>();
        await ArrangeAsync(grains);
        const string discipline = "ATH-------------------------------";
        const string phase = "ATHM100M--------------FNL---------";

        await PostAsync(silo, Xml("DT_RESULT", Unit, 1, "START_LIST", Entry("1001")));
        await PostAsync(silo, Xml("DT_SCHEDULE_UPDATE", discipline, 1, null,
            $"""<Session Code="ATH01" Venue="STA" ScheduleStatus="RUNNING"/><Unit Code="{Unit}" ScheduleStatus="RUNNING"/>""", subcode: "ATH01"));
        await PostAsync(silo, Xml("DT_PHASE_RESULT", phase, 1, "PARTIAL", Entry("1001", 1)));
        await PostAsync(silo, Xml("DT_RESULT", Unit, 2, null, null));
        await PostAsync(silo, Xml("DT_SCHEDULE_UPDATE", discipline, 2, null,
            $"""<Session Code="ATH01" Venue="STA" ScheduleStatus="FINISHED"/><Unit Code="{Unit}" ScheduleStatus="FINISHED"/>""", subcode: "ATH01"));

        var session = await EventuallyAsync(() => grains.GetGrain<ISessionGrain>("ATH01").GetSessionAsync(), s => s!.Status == ScheduleStatus.Finished, "ATH01 never finished");
        var unit = session!.Units.ShouldHaveSingleItem();
        (unit.ScheduleStatus, unit.Status, unit.StartList.Count).ShouldBe((ScheduleStatus.Finished, ResultStatus.StartList, 1));
        session.Phases.ShouldBe([new PhaseResultStatus(phase, ResultStatus.Partial)]);
        (await silo.ProcessEventsAsync()).OfType<OdfApplyRefused>().ShouldBeEmpty();
    }

    [Fact]
    public async Task With_the_process_disabled_messages_are_stored_and_nothing_is_applied()
    {
        await using var silo = await RunningSilo.StartAsync(null, $"--Odf:Sources:{OdfSilo.Source}:ApiKey={OdfSilo.Key}", "--OdfApply:Enabled=false");
        await ArrangeAsync(silo.Service<IGrainFactory>());

        await PostAsync(silo, Xml("DT_KA", "STA", 1, null, null, language: null));
        await Task.Delay(500, TestContext.Current.CancellationToken);

        (await silo.Service<IGrainFactory>().GetGrain<IVenueGrain>("STA").GetVenueAsync())!.LastKeepAlive.ShouldBeNull();
        (await silo.VersionOfAsync(OdfApplyProcess.CheckpointStream)).ShouldBe(0);
    }

    private static async Task ArrangeAsync(IGrainFactory grains)
    {
        var at = _start.AddDays(-10);
        await grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, at));
        await grains.GetGrain<ISessionGrain>("ATH01").ScheduleSessionAsync(new ScheduleSession(
            "ATH", "STA", "Men's 100m final", _start, _start.AddHours(2), [new PlannedUnit(Unit, "Final", _start.AddMinutes(30))], at));
    }

    private static string Entry(string athlete, int? rank = null) =>
        $"""<Result{(rank is { } r ? $" Rank=\"{Number(r)}\"" : "")}><Competitor Code="{athlete}" Type="A" Organisation="FRA"/></Result>""";

    private static async Task PostAsync(RunningSilo silo, string xml) => (await silo.Http.PostAsync(xml)).EnsureSuccessStatusCode();
}
