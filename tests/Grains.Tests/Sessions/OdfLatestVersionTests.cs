using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>
/// ODF's rule in the session: the latest version of a document is the truth, whole. A higher version replaces what the
/// unit (or the session) had, whatever versions were lost between and whatever status jump that implies; a lower one is
/// ignored without a refusal. Given events, when an ODF command, then the events.
/// </summary>
public sealed class OdfLatestVersionTests
{
    private const string Schedule = "OG2024|ATH-------------------------------||DT_SCHEDULE||ENG";
    private const string Update = "OG2024|ATH-------------------------------|ATH01|DT_SCHEDULE_UPDATE||ENG";
    private static readonly UnitResultEntry[] _live = [Entry("1", 2), Entry("2", 1)];
    private static readonly UnitResultEntry[] _official = [Entry("1", 1), Entry("2", 2), Entry("3", 3)];

    // The semi-final's start list (DT_RESULT version 1), then LIVE results at version 3 (version 2 never arrived).
    private static Session LiveAtVersion3() =>
        Given(Scheduled, new StartListSet(Semi, ["1", "2", "3"], At, 1), new UnitResultRecorded(Semi, ResultStatus.Live, _live, null, At, 3));

    private static Session OfficialAtVersion5(params string[] notes) =>
        LiveAtVersion3().Apply([new UnitResultRecorded(Semi, ResultStatus.Official, _official, notes.LastOrDefault(), At, 5, Notes: notes.Length > 1 ? notes : null)]);

    private static RecordUnitResult Results(ResultStatus status, int version, UnitResultEntry[]? results = null, params string[] notes) =>
        new(Semi, status, results ?? _official, null, At.AddMinutes(version), version, notes.Length > 0 ? notes : null);

    [Fact]
    public void Official_results_replace_live_ones_when_the_versions_between_never_arrived()
    {
        var events = SessionDecider.Decide(Results(ResultStatus.Official, 5), LiveAtVersion3());

        var recorded = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        (recorded.Status, recorded.OdfVersion, recorded.Note, recorded.At).ShouldBe((ResultStatus.Official, 5, null, At.AddMinutes(5)));
        var unit = LiveAtVersion3().Apply(events).Unit(Semi)!;
        (unit.Status, unit.OdfResultVersion, unit.WasOfficial).ShouldBe((ResultStatus.Official, 5, true));
        unit.Results.ShouldBe(_official);
    }

    [Theory]
    [InlineData(ResultStatus.Live, 4)]
    [InlineData(ResultStatus.Unofficial, 2)]
    [InlineData(ResultStatus.Official, 5)]
    public void A_lower_or_the_same_version_arriving_later_is_ignored_without_a_refusal(ResultStatus status, int version) =>
        SessionDecider.Decide(Results(status, version, _live), OfficialAtVersion5()).ShouldBeEmpty();

    [Theory]
    [InlineData(ResultStatus.StartList, ResultStatus.Official)]
    [InlineData(ResultStatus.Official, ResultStatus.Live)]
    [InlineData(ResultStatus.Protested, ResultStatus.Intermediate)]
    [InlineData(ResultStatus.Live, ResultStatus.Partial)]
    public void Any_status_may_follow_any_other_between_two_versions(ResultStatus from, ResultStatus to)
    {
        var state = Given(Scheduled, new StartListSet(Semi, ["1", "2", "3"], At, 1));
        state = from == ResultStatus.StartList ? state : state.Apply([new UnitResultRecorded(Semi, from, _live, null, At, 3)]);

        var recorded = SessionDecider.Decide(Results(to, 9, notes: "Restarted after a false start"), state).ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();

        (recorded.Status, recorded.OdfVersion).ShouldBe((to, 9));
    }

    [Fact]
    public void Results_whose_start_list_never_arrived_are_taken_whole()
    {
        var state = Given(Scheduled);

        var events = SessionDecider.Decide(Results(ResultStatus.Live, 2, _live), state);

        state.Apply(events).Unit(Semi)!.Results.ShouldBe(_live);
    }

    [Fact]
    public void An_irm_outside_the_discipline_s_usual_marks_is_the_results_system_s_word_but_a_malformed_one_is_refused()
    {
        UnitResultEntry[] withIrm(string irm) => [Entry("1", 1), new UnitResultEntry("2", null, null, irm, null, false)];

        SessionDecider.Decide(Results(ResultStatus.Official, 5, withIrm("DQB")), LiveAtVersion3()).ShouldHaveSingleItem();
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(Results(ResultStatus.Official, 5, withIrm("did not finish")), LiveAtVersion3()))
            .Field.ShouldBe("results[1].irm");
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Official, withIrm("DQB"), "x", At), LiveAtVersion3()))
            .Field.ShouldBe("results[1].irm");
    }

    [Fact]
    public void Results_of_a_cancelled_session_still_follow_their_document()
    {
        var cancelled = LiveAtVersion3() with { Status = ScheduleStatus.Cancelled };

        SessionDecider.Decide(Results(ResultStatus.Official, 5), cancelled).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_newer_start_list_replaces_results_and_takes_the_unit_back_to_start_list()
    {
        var events = SessionDecider.Decide(new SetStartList(Semi, ["1", "2", "3", "4"], At, 6), OfficialAtVersion5());

        events.ShouldHaveSingleItem().ShouldBeOfType<StartListSet>().OdfVersion.ShouldBe(6);
        var unit = OfficialAtVersion5().Apply(events).Unit(Semi)!;
        (unit.Status, unit.Results.Count, unit.StartList.Count, unit.OdfResultVersion).ShouldBe((ResultStatus.StartList, 0, 4, 6));
    }

    [Fact]
    public void A_correction_after_official_carries_its_note_and_the_notes_accumulate()
    {
        var first = SessionDecider.Decide(Results(ResultStatus.Official, 6, _live, "Photo finish reviewed"), OfficialAtVersion5());
        var state = OfficialAtVersion5().Apply(first);
        var second = SessionDecider.Decide(Results(ResultStatus.Official, 7, _official, "Photo finish reviewed", "Lane 4 reinstated on appeal"), state);

        first.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>().Note.ShouldBe("Photo finish reviewed");
        var recorded = second.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        (recorded.Note, recorded.Notes).ShouldBe(("Lane 4 reinstated on appeal", null), "only the note the unit does not have yet");
        state.Apply(second).Unit(Semi)!.Notes.Select(n => (n.Status, n.Note)).ShouldBe([
            (ResultStatus.Official, "Photo finish reviewed"), (ResultStatus.Official, "Lane 4 reinstated on appeal")]);
    }

    [Fact]
    public void A_version_that_brings_several_notes_at_once_records_them_all_in_order()
    {
        var events = SessionDecider.Decide(Results(ResultStatus.Official, 8, _live, "First review", "Second review"), OfficialAtVersion5());

        var recorded = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        recorded.Note.ShouldBe("Second review");
        recorded.Notes.ShouldBe(["First review", "Second review"]);
        OfficialAtVersion5().Apply(events).Unit(Semi)!.Notes.Select(n => n.Note).ShouldBe(["First review", "Second review"]);
    }

    [Fact]
    public void A_change_after_official_without_a_note_still_follows_its_document()
    {
        var events = SessionDecider.Decide(Results(ResultStatus.Official, 6, _live), OfficialAtVersion5());

        OfficialAtVersion5().Apply(events).Unit(Semi)!.Results.ShouldBe(_live);
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(Results(ResultStatus.Official, 6, _live) with { OdfVersion = null }, OfficialAtVersion5()))
            .Message.ShouldContain("needs a note");
    }

    [Fact]
    public void The_same_results_and_notes_again_at_a_higher_version_change_nothing() =>
        SessionDecider.Decide(Results(ResultStatus.Official, 6, _official, "Checked"), OfficialAtVersion5("Checked")).ShouldBeEmpty();

    [Fact]
    public void A_schedule_takes_the_session_s_status_whatever_the_versions_between_would_have_passed_through()
    {
        var finished = new UpdateSchedule(ScheduleStatus.Finished, [new UnitSchedule(Semi, ScheduleStatus.Finished)], null, null, At, 4, Update);

        var events = SessionDecider.Decide(finished, Given(Scheduled));

        events.ShouldBe([
            new SessionStatusChanged(ScheduleStatus.Scheduled, ScheduleStatus.Finished, null, At, 4, Update),
            new UnitStatusChanged(Semi, ScheduleStatus.Scheduled, ScheduleStatus.Finished, At, 4, Update)]);
        var state = Given(Scheduled).Apply(events);
        SessionDecider.Decide(finished with { Status = ScheduleStatus.Running, OdfVersion = 5 }, state)
            .ShouldBe([new SessionStatusChanged(ScheduleStatus.Finished, ScheduleStatus.Running, null, At, 5, Update)]);
    }

    [Fact]
    public void Each_schedule_document_counts_its_own_versions()
    {
        var discipline = new UpdateSchedule(null, [new UnitSchedule(Final, ScheduleStatus.Unscheduled)], null, null, At, 7, Schedule);
        var state = Given(Scheduled).Apply(SessionDecider.Decide(discipline, Given(Scheduled)));

        var session = SessionDecider.Decide(new UpdateSchedule(ScheduleStatus.Running, [new UnitSchedule(Final, ScheduleStatus.Running)], null, null, At, 1, Update), state);

        (state.OdfScheduleVersionOf(Schedule), state.OdfScheduleVersionOf(Update)).ShouldBe((7, null));
        session.Count.ShouldBe(2);
        state = state.Apply(session);
        (state.OdfScheduleVersionOf(Schedule), state.OdfScheduleVersionOf(Update), state.Unit(Final)!.ScheduleStatus).ShouldBe((7, 1, ScheduleStatus.Running));
        SessionDecider.Decide(discipline, state).ShouldBeEmpty("a replay of the discipline's schedule");
    }

    [Fact]
    public void Versions_recorded_before_documents_were_told_apart_count_as_the_session_s_own_updates()
    {
        var state = Given(Scheduled, new SessionStatusChanged(ScheduleStatus.Scheduled, ScheduleStatus.Finished, null, At, 4));
        var running = new UpdateSchedule(ScheduleStatus.Running, [], null, null, At, 3, Update);

        SessionDecider.Decide(running, state).ShouldBeEmpty("a replay of the session's update after the upgrade");
        SessionDecider.Decide(running with { OdfDocument = Schedule }, state).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_rescheduled_session_without_new_times_from_odf_keeps_its_times()
    {
        var events = SessionDecider.Decide(new UpdateSchedule(ScheduleStatus.Rescheduled, [], null, null, At, 2, Update), Given(Scheduled));

        events.ShouldBe([new SessionStatusChanged(ScheduleStatus.Scheduled, ScheduleStatus.Rescheduled, null, At, 2, Update)]);
        Given(Scheduled).Apply(events).Start.ShouldBe(Start);
    }
}
