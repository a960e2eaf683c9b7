using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Silo.Simulation;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.OdfApply;

/// <summary>
/// A simulated session with a final, played to a silo on real PostgreSQL: the silo's own apply process brings the session
/// to FINISHED with every unit OFFICIAL, gives the venue its last keep-alive and the medals their table; a restart that
/// lost every checkpoint replays the whole day without changing anything.
/// </summary>
public sealed class SimulatedDayApplyTests
{
    private static readonly GamesDataset _games = GamesGenerator.Generate(new GamesSpec(2024, 0.2));
    private static readonly CompetitionSession _session = VenueDaySimulator.SessionsOn(_games, new DateOnly(2024, 8, 5))
        .First(s => s.Units.Any(u => new Rsc(u).Phase == "FNL-"));

    private static readonly SimulationPlan _plan = VenueDaySimulator.Plan(_games, [_session],
        new SimulationOptions(Seed: 5, LiveUpdates: 2, CurrentsPerLive: 2, KeepAliveEverySeconds: 20, CorrectionRate: 0.5, DuplicateRate: 0.5));

    private static readonly DateTimeOffset _at = _session.Start.AddDays(-20);

    private static string[] Args => [.. _plan.Sources.Select(s => $"--Odf:Sources:{s}:ApiKey={KeyOf(s)}")];

    [Fact]
    public async Task A_simulated_session_finishes_with_every_unit_official_the_venue_alive_and_the_medal_table_set_and_a_replay_changes_nothing()
    {
        await using var silo = await RunningSilo.StartAsync(null, Args);
        await ScheduleAsync(silo.Service<IGrainFactory>());

        var report = await new OdfPlayer(silo.Http, KeyOf, new PlayerOptions(Speed: 0, Concurrency: 4, RetryEverySeconds: 0.05, MaxAttempts: 3), TimeProvider.System)
            .PlayAsync(_plan, null, TestContext.Current.CancellationToken);
        report.AllAcknowledged.ShouldBeTrue();

        var session = await OdfApplySilo.EventuallyAsync(() => silo.Http.GetFromJsonAsync<SessionView>($"/sessions/{_session.Code}", SiloHttp.Json),
            s => s!.Status == ScheduleStatus.Finished && s.Units.All(u => u.Status == ResultStatus.Official && u.Notes.Count == Corrections(u.Rsc))
                && s.Phases.Any(FinalPhaseDone),
            "the session never finished with every unit official and its final phase's result applied");
        foreach (var unit in session!.Units)
        {
            unit.ScheduleStatus.ShouldBe(ScheduleStatus.Finished);
            unit.Results.Select(r => (r.Athlete, r.Rank)).ShouldBe(LastOfficial(unit.Rsc), unit.Rsc);
        }

        session.Phases.ShouldContain(p => FinalPhaseDone(p));
        var medals = await OdfApplySilo.EventuallyAsync(() => silo.Service<IGrainFactory>().GetGrain<IMedalsGrain>("OG2024").GetMedalTableAsync(),
            m => m.TableVersion == Last("DT_MEDALS").Version, "the medal table never reached the last standings");
        medals.Lines.Sum(l => l.Total).ShouldBe(medals.Events.Sum(e => e.Medallists.Count));
        medals.Lines.Sum(l => l.Gold).ShouldBe(medals.Events.Count);
        var lastKeepAlive = await silo.Service<IGrainFactory>().GetGrain<GrainInterfaces.Odf.IOdfDocumentGrain>(Last("DT_KA").DocumentKey).GetDocumentAsync();
        await OdfApplySilo.EventuallyAsync(() => silo.Http.GetFromJsonAsync<VenueView>($"/venues/{_session.Venue}", SiloHttp.Json),
            v => v!.LastKeepAlive == lastKeepAlive!.ReceivedAt, "the venue's keep-alive is not the last one received");
        (await silo.ProcessEventsAsync()).OfType<OdfApplyRefused>().ShouldBeEmpty();
        var statusChange = await silo.Service<IEventStore>().ReadStreamAsync($"session-{_session.Code}", ct: TestContext.Current.CancellationToken)
            .FirstAsync(e => e.Type == "session.status-changed.v1", TestContext.Current.CancellationToken);
        statusChange.Metadata.Actor.ShouldBe(OdfApplyProcess.Actor);

        await ReplayAfterALostCheckpointChangesNothingAsync(silo);
    }

    // The silo stops; every checkpoint is lost; a new silo on the same database handles the whole day again.
    private static async Task ReplayAfterALostCheckpointChangesNothingAsync(RunningSilo silo)
    {
        string[] streams = [$"session-{_session.Code}", $"venue-{_session.Venue}", "medals-OG2024"];
        var last = (await silo.Service<IEventStore>().ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: 100_000), TestContext.Current.CancellationToken)
            .LastAsync(TestContext.Current.CancellationToken)).Position.ToToken();
        await OdfApplySilo.EventuallyAsync(silo.ProcessEventsAsync, e => e.Length > 0 && e[^1].Position == last, "the process never checkpointed the last document");
        var before = await Task.WhenAll(streams.Select(silo.VersionOfAsync));
        await silo.DisposeAsync();
        await TestPostgres.RewindStreamAsync(silo.Schema, OdfApplyProcess.CheckpointStream, kept: 0);

        await using var restarted = await RunningSilo.StartInSchemaAsync(silo.Schema, null, Args);
        var again = await OdfApplySilo.EventuallyAsync(restarted.ProcessEventsAsync, e => e.Length > 0 && e[^1].Position == last, "the day was not handled again");
        again.OfType<OdfApplyRefused>().ShouldBeEmpty();
        (await Task.WhenAll(streams.Select(restarted.VersionOfAsync))).ShouldBe(before, "replaying the day changed nothing");
        // A keep-alive posted now is applied only after everything stored before it.
        var keepAlive = Last("DT_KA");
        var xml = OdfApplySilo.Xml("DT_KA", _session.Venue, keepAlive.Version + 1, null, null, language: null).Replace("SEQ_ATH", keepAlive.Source, StringComparison.Ordinal);
        (await restarted.Http.PostAsync(xml, KeyOf(keepAlive.Source))).EnsureSuccessStatusCode();
        await OdfApplySilo.EventuallyAsync(() => restarted.VersionOfAsync(streams[1]), v => v == before[1] + 1, "the new keep-alive was not applied");

        (await Task.WhenAll(streams.Select(restarted.VersionOfAsync))).ShouldBe([before[0], before[1] + 1, before[2]]);
    }

    // The phase result (DT_PHASE_RESULT) comes after the units' last results and is applied after them.
    private static bool FinalPhaseDone(PhaseResultStatus phase) =>
        new Rsc(phase.Phase).Phase == "FNL-" && (phase.Status == ResultStatus.Official || phase.Status == ResultStatus.Partial);

    private static async Task ScheduleAsync(IGrainFactory grains)
    {
        var venue = _games.Venues.Single(v => v.Code == _session.Venue);
        await grains.GetGrain<IVenueGrain>(venue.Code).RegisterVenueAsync(new RegisterVenue(venue.Name, venue.TimeZone, venue.Capacity, _at));
        var units = _games.Units.ToDictionary(u => u.Rsc);
        await grains.GetGrain<ISessionGrain>(_session.Code).ScheduleSessionAsync(new ScheduleSession(_session.Discipline, _session.Venue, "Finals",
            _session.Start, _session.End, [.. _session.Units.Select(u => new PlannedUnit(u, units[u].Name, units[u].Start))], _at));
    }

    private static string KeyOf(string source) => $"simulated-key-of-{source}";

    private static PlannedMessage Last(string type) => _plan.Messages.Last(m => m.DocumentType == type && m.Kind != PlannedKind.Duplicate);

    private static int Corrections(string unit) => _plan.Messages.Count(m => m.Kind == PlannedKind.Correction && m.DocumentKey.Split('|')[1] == unit);

    private static IEnumerable<(string, int?)> LastOfficial(string unit) =>
        XElement.Parse(Encoding.UTF8.GetString(_plan.Messages.Last(m => m.DocumentType == "DT_RESULT" && m.DocumentKey.Split('|')[1] == unit).Body.Span))
            .Descendants("Result").Select(r => (r.Element("Competitor")!.Attribute("Code")!.Value, (int?)r.Attribute("Rank")));
}
