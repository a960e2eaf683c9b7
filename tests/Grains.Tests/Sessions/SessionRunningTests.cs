using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>What the results system reports while a session runs: units running, schedule updates, phase statuses.</summary>
public sealed class SessionRunningTests
{
    private const string SemiPhase = "ATHM100M--------------SFNL--------";

    [Fact]
    public void Running_data_moves_start_list_results_to_live_with_no_results_yet()
    {
        var events = SessionDecider.Decide(new MarkUnitLive(Semi, At), SemiAt(ResultStatus.StartList));

        var live = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        (live.Unit, live.Status, live.Results.Count, live.Note, live.At).ShouldBe((Semi, ResultStatus.Live, 0, null, At));
        SemiAt(ResultStatus.StartList).Apply(events).Unit(Semi)!.Status.ShouldBe(ResultStatus.Live);
    }

    [Theory]
    [InlineData(ResultStatus.Live)]
    [InlineData(ResultStatus.Unofficial)]
    [InlineData(ResultStatus.Official)]
    public void Running_data_once_results_have_moved_on_changes_nothing(ResultStatus status) =>
        SessionDecider.Decide(new MarkUnitLive(Semi, At), SemiAt(status)).ShouldBeEmpty();

    [Fact]
    public void Running_data_before_the_start_list_changes_nothing_so_the_start_list_can_still_be_set()
    {
        var state = Given(Scheduled);

        SessionDecider.Decide(new MarkUnitLive(Semi, At), state).ShouldBeEmpty();
        SessionDecider.Decide(new SetStartList(Semi, ["1"], At), state).ShouldHaveSingleItem();
    }

    [Fact]
    public void Running_data_for_a_unit_the_session_does_not_hold_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new MarkUnitLive("ATHM100M--------------HEAT000100--", At), Given(Scheduled)));

    [Fact]
    public void A_schedule_update_moves_the_session_and_each_unit_listed()
    {
        var update = new UpdateSchedule(ScheduleStatus.GettingReady, [new UnitSchedule(Semi, ScheduleStatus.Running)], null, null, At);

        var events = SessionDecider.Decide(update, Given(Scheduled));

        events.ShouldBe([
            new SessionStatusChanged(ScheduleStatus.Scheduled, ScheduleStatus.GettingReady, null, At),
            new UnitStatusChanged(Semi, ScheduleStatus.Scheduled, ScheduleStatus.Running, At)]);
        var session = Given(Scheduled).Apply(events);
        (session.Status, session.Unit(Semi)!.ScheduleStatus, session.Unit(Final)!.ScheduleStatus)
            .ShouldBe((ScheduleStatus.GettingReady, ScheduleStatus.Running, ScheduleStatus.Scheduled));
    }

    [Fact]
    public void The_same_schedule_update_again_changes_nothing()
    {
        var update = new UpdateSchedule(ScheduleStatus.GettingReady, [new UnitSchedule(Semi, ScheduleStatus.Running)], null, null, At);
        var state = Given(Scheduled).Apply(SessionDecider.Decide(update, Given(Scheduled)));

        SessionDecider.Decide(update, state).ShouldBeEmpty();
    }

    [Fact]
    public void A_schedule_update_the_session_s_transitions_forbid_is_refused_whole()
    {
        var finished = Given(Scheduled) with { Status = ScheduleStatus.Finished };
        var update = new UpdateSchedule(ScheduleStatus.Running, [new UnitSchedule(Semi, ScheduleStatus.Running)], null, null, At);

        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(update, finished)).Message.ShouldContain("cannot go from FINISHED");
    }

    [Fact]
    public void A_schedule_update_naming_a_unit_the_session_does_not_hold_is_refused_whole() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new UpdateSchedule(ScheduleStatus.GettingReady,
            [new UnitSchedule("ATHM100M--------------HEAT000100--", ScheduleStatus.Running)], null, null, At), Given(Scheduled)));

    [Fact]
    public void A_schedule_update_without_a_session_status_moves_only_the_units() =>
        SessionDecider.Decide(new UpdateSchedule(null, [new UnitSchedule(Final, ScheduleStatus.Delayed)], null, null, At), Given(Scheduled))
            .ShouldBe([new UnitStatusChanged(Final, ScheduleStatus.Scheduled, ScheduleStatus.Delayed, At)]);

    [Fact]
    public void A_rescheduling_update_needs_the_new_times() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new UpdateSchedule(ScheduleStatus.Rescheduled, [], null, null, At), Given(Scheduled)))
            .Field.ShouldBe("start");

    [Fact]
    public void A_unit_listed_twice_in_a_schedule_update_is_refused() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new UpdateSchedule(null,
            [new UnitSchedule(Semi, ScheduleStatus.Running), new UnitSchedule(Semi, ScheduleStatus.Finished)], null, null, At), Given(Scheduled)))
            .Field.ShouldBe("units[1].unit");

    [Fact]
    public void A_phase_status_is_recorded_and_the_same_status_again_changes_nothing()
    {
        var events = SessionDecider.Decide(new RecordPhaseStatus(SemiPhase, ResultStatus.Partial, At), Given(Scheduled));

        events.ShouldBe([new PhaseStatusRecorded(SemiPhase, ResultStatus.Partial, At)]);
        var state = Given(Scheduled).Apply(events);
        state.Phases.ShouldBe([new PhaseResultStatus(SemiPhase, ResultStatus.Partial)]);
        SessionDecider.Decide(new RecordPhaseStatus(SemiPhase, ResultStatus.Partial, At), state).ShouldBeEmpty();
        state.Apply(SessionDecider.Decide(new RecordPhaseStatus(SemiPhase, ResultStatus.Official, At), state)).Phases
            .ShouldBe([new PhaseResultStatus(SemiPhase, ResultStatus.Official)]);
    }

    [Theory]
    [InlineData(Semi, "phase")]
    [InlineData("ATHM100M--------------------------", "phase")]
    [InlineData("ATHM1", "phase")]
    public void A_phase_status_for_something_that_is_not_a_phase_names_the_field(string phase, string field) =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new RecordPhaseStatus(phase, ResultStatus.Official, At), Given(Scheduled)))
            .Field.ShouldBe(field);

    [Fact]
    public void A_phase_status_for_a_phase_the_session_holds_no_unit_of_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(
            new RecordPhaseStatus("ATHM100M--------------HEAT--------", ResultStatus.Official, At), Given(Scheduled)));

    [Fact]
    public void The_view_shows_unit_schedule_statuses_and_phase_statuses()
    {
        var state = Given(Scheduled, new UnitStatusChanged(Semi, ScheduleStatus.Scheduled, ScheduleStatus.Finished, At),
            new PhaseStatusRecorded(SemiPhase, ResultStatus.Official, At));

        var view = SessionViews.From(state, 3);

        view.Units.Single(u => u.Rsc == Semi).ScheduleStatus.ShouldBe(ScheduleStatus.Finished);
        view.Units.Single(u => u.Rsc == Final).ScheduleStatus.ShouldBe(ScheduleStatus.Scheduled);
        view.Phases.ShouldBe([new PhaseResultStatus(SemiPhase, ResultStatus.Official)]);
    }

    [Fact]
    public void A_snapshot_from_before_unit_and_phase_statuses_reads_as_scheduled_units_and_no_phases()
    {
        const string older = """{"code":"ATH01","discipline":"ATH","venue":"STA","timeZone":"Europe/Paris","title":"t","start":"2024-08-04T17:00:00+00:00","end":"2024-08-04T21:00:00+00:00","status":"RUNNING","units":[{"rsc":"ATHM100M--------------SFNL000100--","title":"s","start":"2024-08-04T17:00:00+00:00","status":"LIVE","startList":["1"],"results":[],"notes":[],"wasOfficial":false}]}""";

        var state = System.Text.Json.JsonSerializer.Deserialize<Session>(older, EventSerializer.JsonOptions)!;

        state.Phases.ShouldBeEmpty();
        state.Units.ShouldHaveSingleItem().ScheduleStatus.ShouldBe(ScheduleStatus.Scheduled);
    }
}
