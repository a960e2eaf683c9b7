using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>
/// ODF-driven commands carry their document's version: one the session has applied already changes nothing (no event,
/// no refusal), a higher one is decided as always, and a command without one (the HTTP API) behaves as before.
/// </summary>
public sealed class OdfVersionTests
{
    private const string SemiPhase = "ATHM100M--------------SFNL--------";
    private static readonly UnitResultEntry[] _live = [Entry("1", 2), Entry("2", 1)];
    private static readonly UnitResultEntry[] _official = [Entry("1", 1), Entry("2", 2), Entry("3", 3)];

    // The semi-final after DT_RESULT versions 1 (START_LIST), 2 (LIVE), 3 (UNCONFIRMED), 4 (UNOFFICIAL) and 5 (OFFICIAL).
    private static Session SemiOfficialAtVersion5()
    {
        var state = Given(Scheduled, new StartListSet(Semi, ["1", "2", "3"], At, 1));
        foreach (var (status, results, version) in new[]
        {
            (ResultStatus.Live, _live, 2), (ResultStatus.Unconfirmed, _official, 3), (ResultStatus.Unofficial, _official, 4), (ResultStatus.Official, _official, 5),
        })
        {
            state = state.Apply(SessionDecider.Decide(new RecordUnitResult(Semi, status, results, null, At, version), state));
        }

        return state;
    }

    [Fact]
    public void Results_record_their_version_and_the_unit_keeps_the_highest()
    {
        var state = SemiOfficialAtVersion5();

        var unit = state.Unit(Semi)!;
        (unit.Status, unit.OdfResultVersion, unit.OdfCurrentVersion).ShouldBe((ResultStatus.Official, 5, null));
        state.Unit(Final)!.OdfResultVersion.ShouldBeNull();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Older_live_results_replayed_after_official_ones_change_nothing_and_are_not_refused(int version) =>
        SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, _live, null, At.AddHours(1), version), SemiOfficialAtVersion5()).ShouldBeEmpty();

    [Fact]
    public void The_same_older_live_results_without_a_version_are_refused_as_before() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, _live, null, At), SemiOfficialAtVersion5()))
            .Message.ShouldContain("cannot go from OFFICIAL to LIVE");

    [Fact]
    public void A_correction_of_a_higher_version_applies_and_records_its_version()
    {
        var correction = new RecordUnitResult(Semi, ResultStatus.Official, _live, "Photo finish", At, 6);

        var events = SessionDecider.Decide(correction, SemiOfficialAtVersion5());

        var recorded = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        (recorded.Status, recorded.Note, recorded.OdfVersion, recorded.OdfCurrentVersion).ShouldBe((ResultStatus.Official, "Photo finish", 6, null));
        recorded.Results.ShouldBe(_live);
        SemiOfficialAtVersion5().Apply(events).Unit(Semi)!.OdfResultVersion.ShouldBe(6);
    }

    [Fact]
    public void A_result_without_a_version_applies_as_before_and_keeps_the_unit_s_version()
    {
        var events = SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Official, _live, "By hand", At), SemiOfficialAtVersion5());

        var recorded = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        (recorded.Status, recorded.Note, recorded.OdfVersion).ShouldBe((ResultStatus.Official, "By hand", null));
        SemiOfficialAtVersion5().Apply(events).Unit(Semi)!.OdfResultVersion.ShouldBe(5);
    }

    [Fact]
    public void A_start_list_replayed_after_results_changes_nothing_even_when_a_later_start_list_replaced_it()
    {
        var state = Given(Scheduled, new StartListSet(Semi, ["1", "2"], At, 1), new StartListSet(Semi, ["1", "2", "3"], At, 2))
            .Apply([new UnitResultRecorded(Semi, ResultStatus.Live, [], null, At, 3)]);

        SessionDecider.Decide(new SetStartList(Semi, ["1", "2"], At, 1), state).ShouldBeEmpty();
        SessionDecider.Decide(new SetStartList(Semi, ["1", "2", "3"], At, 2), state).ShouldBeEmpty();
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new SetStartList(Semi, ["1", "2"], At), state)).Message.ShouldContain("start list is final");
    }

    [Fact]
    public void A_start_list_of_a_higher_version_replaces_the_one_at_start_list()
    {
        var state = Given(Scheduled, new StartListSet(Semi, ["1", "2"], At, 1));

        SessionDecider.Decide(new SetStartList(Semi, ["2", "1"], At, 1), state).ShouldBeEmpty();
        var events = SessionDecider.Decide(new SetStartList(Semi, ["2", "1"], At, 2), state);

        var set = events.ShouldHaveSingleItem().ShouldBeOfType<StartListSet>();
        set.Athletes.ShouldBe(["2", "1"]);
        set.OdfVersion.ShouldBe(2);
        state.Apply(events).Unit(Semi)!.OdfResultVersion.ShouldBe(2);
    }

    [Fact]
    public void Running_data_of_a_version_the_unit_has_applied_changes_nothing_and_a_higher_one_moves_it_live()
    {
        var started = Given(Scheduled, new StartListSet(Semi, ["1", "2"], At, 1));
        var state = started with { Units = [.. started.Units.Select(u => u.Rsc == Semi ? u with { OdfCurrentVersion = 4 } : u)] };

        SessionDecider.Decide(new MarkUnitLive(Semi, At, 4), state).ShouldBeEmpty();
        SessionDecider.Decide(new MarkUnitLive(Semi, At, 3), state).ShouldBeEmpty();
        var events = SessionDecider.Decide(new MarkUnitLive(Semi, At, 5), state);

        var recorded = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        (recorded.Status, recorded.Results.Count, recorded.OdfVersion, recorded.OdfCurrentVersion).ShouldBe((ResultStatus.Live, 0, null, 5));
        var live = state.Apply(events).Unit(Semi)!;
        (live.Status, live.OdfCurrentVersion, live.OdfResultVersion).ShouldBe((ResultStatus.Live, 5, 1));
        SessionDecider.Decide(new MarkUnitLive(Semi, At), started).ShouldHaveSingleItem();
    }

    [Fact]
    public void Running_data_and_results_are_separate_sequences()
    {
        var state = Given(Scheduled, new StartListSet(Semi, ["1", "2"], At, 1)).Apply([new UnitResultRecorded(Semi, ResultStatus.Live, [], null, At, OdfCurrentVersion: 9)]);

        SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, [Entry("1", 1)], null, At, 2), state).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_schedule_update_replayed_after_a_newer_one_changes_nothing_and_is_not_refused()
    {
        var running = new UpdateSchedule(ScheduleStatus.Running, [new UnitSchedule(Semi, ScheduleStatus.Running)], null, null, At, 1);
        var finished = new UpdateSchedule(ScheduleStatus.Finished, [new UnitSchedule(Semi, ScheduleStatus.Finished)], null, null, At, 2);
        var state = Given(Scheduled).Apply(SessionDecider.Decide(running, Given(Scheduled)));
        var events = SessionDecider.Decide(finished, state);
        state = state.Apply(events);

        events.ShouldBe([
            new SessionStatusChanged(ScheduleStatus.Running, ScheduleStatus.Finished, null, At, 2),
            new UnitStatusChanged(Semi, ScheduleStatus.Running, ScheduleStatus.Finished, At, 2)]);
        (state.Status, state.OdfScheduleVersion).ShouldBe((ScheduleStatus.Finished, 2));
        SessionDecider.Decide(running, state).ShouldBeEmpty();
        SessionDecider.Decide(finished, state).ShouldBeEmpty();
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(running with { OdfVersion = null }, state)).Message.ShouldContain("cannot go from FINISHED");
    }

    [Fact]
    public void A_schedule_update_moving_only_units_records_its_version_too()
    {
        var update = new UpdateSchedule(null, [new UnitSchedule(Final, ScheduleStatus.Delayed)], null, null, At, 7);

        var state = Given(Scheduled).Apply(SessionDecider.Decide(update, Given(Scheduled)));

        state.OdfScheduleVersion.ShouldBe(7);
        SessionDecider.Decide(update with { Units = [new UnitSchedule(Final, ScheduleStatus.Running)] }, state).ShouldBeEmpty();
        SessionDecider.Decide(update with { Units = [new UnitSchedule(Final, ScheduleStatus.Running)], OdfVersion = 8 }, state).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_rescheduling_update_records_its_version_on_both_events()
    {
        var update = new UpdateSchedule(ScheduleStatus.Rescheduled, [], Start.AddDays(1), End.AddDays(1), At, 3);

        var events = SessionDecider.Decide(update, Given(Scheduled));

        events.ShouldBe([
            new SessionStatusChanged(ScheduleStatus.Scheduled, ScheduleStatus.Rescheduled, null, At, 3),
            new SessionRescheduled(Start.AddDays(1), End.AddDays(1), At, 3)]);
        Given(Scheduled).Apply(events).OdfScheduleVersion.ShouldBe(3);
    }

    [Fact]
    public void A_phase_status_replayed_after_a_newer_one_changes_nothing_per_phase()
    {
        var state = Given(Scheduled, new PhaseStatusRecorded(SemiPhase, ResultStatus.Partial, At, 1), new PhaseStatusRecorded(SemiPhase, ResultStatus.Official, At, 2));

        state.OdfPhaseVersion(SemiPhase).ShouldBe(2);
        SessionDecider.Decide(new RecordPhaseStatus(SemiPhase, ResultStatus.Partial, At, 1), state).ShouldBeEmpty();
        SessionDecider.Decide(new RecordPhaseStatus(SemiPhase, ResultStatus.Partial, At, 3), state)
            .ShouldBe([new PhaseStatusRecorded(SemiPhase, ResultStatus.Partial, At, 3)]);
        SessionDecider.Decide(new RecordPhaseStatus(SemiPhase, ResultStatus.Partial, At), state).ShouldHaveSingleItem();
        SessionDecider.Decide(new RecordPhaseStatus(FinalPhase, ResultStatus.Partial, At, 1), state).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_version_below_one_names_the_field(int version) =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, [], null, At, version), SemiAt(ResultStatus.StartList)))
            .Field.ShouldBe("odfVersion");

    [Fact]
    public void Events_and_snapshots_stored_before_versions_existed_load_with_none()
    {
        var serializer = new EventSerializer().RegisterAssemblies(typeof(Session).Assembly);
        const string result = """{"unit":"ATHM100M--------------SFNL000100--","status":"LIVE","results":[],"note":null,"at":"2024-08-04T12:00:00+00:00"}""";
        const string snapshot = """{"code":"ATH01","discipline":"ATH","venue":"STA","timeZone":"Europe/Paris","title":"t","start":"2024-08-04T17:00:00+00:00","end":"2024-08-04T21:00:00+00:00","status":"RUNNING","units":[{"rsc":"ATHM100M--------------SFNL000100--","title":"s","start":"2024-08-04T17:00:00+00:00","status":"LIVE","startList":["1"],"results":[],"notes":[],"wasOfficial":false}],"phases":[]}""";

        var recorded = serializer.Deserialize("session.unit-result-recorded.v1", result).ShouldBeOfType<UnitResultRecorded>();
        var state = System.Text.Json.JsonSerializer.Deserialize<Session>(snapshot, EventSerializer.JsonOptions)!;

        (recorded.OdfVersion, recorded.OdfCurrentVersion).ShouldBe((null, null));
        serializer.Deserialize("session.status-changed.v1", """{"from":"SCHEDULED","to":"RUNNING","reason":null,"at":"2024-08-04T12:00:00+00:00"}""")
            .ShouldBeOfType<SessionStatusChanged>().OdfVersion.ShouldBeNull();
        (state.OdfScheduleVersion, state.OdfPhaseVersions.Count, state.Units.Single().OdfResultVersion).ShouldBe((null, 0, null));
        SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, [Entry("1", 1)], null, At, 1), state).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_snapshot_keeps_the_versions()
    {
        var state = SemiOfficialAtVersion5().Apply([new PhaseStatusRecorded(SemiPhase, ResultStatus.Official, At, 4), new UnitStatusChanged(Semi, ScheduleStatus.Scheduled, ScheduleStatus.Finished, At, 9)]);

        var json = System.Text.Json.JsonSerializer.Serialize(state, EventSerializer.JsonOptions);
        var loaded = System.Text.Json.JsonSerializer.Deserialize<Session>(json, EventSerializer.JsonOptions)!;

        (loaded.OdfScheduleVersion, loaded.OdfPhaseVersion(SemiPhase), loaded.Unit(Semi)!.OdfResultVersion).ShouldBe((9, 4, 5));
    }
}
