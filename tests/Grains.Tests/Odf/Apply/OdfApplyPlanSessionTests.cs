using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using static Olympics.Orleans.Grains.Tests.Odf.Apply.OdfDocuments;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>What DT_RESULT, DT_CURRENT, DT_SCHEDULE_UPDATE and DT_PHASE_RESULT documents ask of the sessions.</summary>
public sealed class OdfApplyPlanSessionTests
{
    private const string Ranked = """
        <Result Rank="2" SortOrder="2" Result="9.91"><Competitor Code="1002" Type="A" Organisation="USA"/></Result>
        <Result Rank="1" SortOrder="1" Result="9.79"><Competitor Code="1001" Type="A" Organisation="FRA"/></Result>
        <Result SortOrder="3" IRM="DNF"><Competitor Code="1003" Type="A" Organisation="JAM"/></Result>
        """;

    [Fact]
    public void A_start_list_sets_the_unit_s_athletes_in_document_order()
    {
        var body = """<Result StartOrder="1"><Competitor Code="1003"/></Result><Result StartOrder="2"><Competitor Code="1001"/></Result>""";

        var command = Plan(Header("DT_RESULT", status: "START_LIST"), body).Single<SetStartList>(OdfTarget.SessionOfUnit, Unit);

        (command.Unit, command.At, command.OdfVersion).ShouldBe((Unit, At, 3));
        command.Athletes.ShouldBe(["1003", "1001"]);
    }

    [Theory]
    [InlineData("LIVE", ResultStatus.Live)]
    [InlineData("INTERMEDIATE", ResultStatus.Intermediate)]
    [InlineData("UNCONFIRMED", ResultStatus.Unconfirmed)]
    [InlineData("UNOFFICIAL", ResultStatus.Unofficial)]
    [InlineData("OFFICIAL", ResultStatus.Official)]
    [InlineData("PROTESTED", ResultStatus.Protested)]
    [InlineData("PARTIAL", ResultStatus.Partial)]
    [InlineData("PROVISIONAL", ResultStatus.Provisional)]
    public void Results_record_every_entry_with_rank_mark_and_irm_at_the_header_s_status(string odf, ResultStatus status)
    {
        var command = Plan(Header("DT_RESULT", status: odf), Ranked).Single<RecordUnitResult>(OdfTarget.SessionOfUnit, Unit);

        (command.Unit, command.Status, command.Note, command.At, command.OdfVersion).ShouldBe((Unit, status, null, At, 3));
        command.Results.ShouldBe([
            new UnitResultEntry("1002", 2, "9.91", null, null, false),
            new UnitResultEntry("1001", 1, "9.79", null, null, false),
            new UnitResultEntry("1003", null, null, "DNF", null, false)]);
    }

    [Fact]
    public void Results_carry_every_note_of_the_notes_element_in_order()
    {
        var command = Plan(Header("DT_RESULT", status: "OFFICIAL"), Ranked + "<Notes><Note Version=\"4\">First</Note><Note Version=\"5\"> Ranks\n   corrected </Note></Notes>")
            .Single<RecordUnitResult>(OdfTarget.SessionOfUnit, Unit);

        command.Note.ShouldBeNull();
        command.Notes.ShouldBe(["First", "Ranks corrected"]);
    }

    [Theory]
    [InlineData("""<Note>Lane 4 disqualified after review</Note>""")]
    [InlineData("""<ExtendedInfos><Note Value="Lane 4 disqualified after review"/></ExtendedInfos>""")]
    [InlineData("""<Notes><Note><Description Language="ENG" Value="Lane 4 disqualified after review"/></Note></Notes>""")]
    public void A_note_is_taken_wherever_the_competition_data_carries_it(string note) =>
        Plan(Header("DT_RESULT", status: "OFFICIAL"), Ranked + note).Single<RecordUnitResult>(OdfTarget.SessionOfUnit, Unit)
            .Notes.ShouldBe(["Lane 4 disqualified after review"]);

    [Fact]
    public void The_notes_stored_with_a_version_come_before_its_own_and_none_is_repeated()
    {
        var stored = new OdfDocumentReceived(Header("DT_RESULT", status: "OFFICIAL"), Xml(Ranked + "<Note>Second</Note><Note>First</Note>"), At, ["First"]);

        OdfApplyPlan.For(stored).Single<RecordUnitResult>(OdfTarget.SessionOfUnit, Unit).Notes.ShouldBe(["First", "Second"]);
    }

    [Fact]
    public void Results_without_notes_carry_none() =>
        Plan(Header("DT_RESULT", status: "LIVE"), Ranked).Single<RecordUnitResult>(OdfTarget.SessionOfUnit, Unit).Notes.ShouldBeNull();

    [Theory]
    [InlineData("ATHM100M--------------FNL-------", "LIVE", "DocumentCode")]
    [InlineData("ATHM100M--------------FNL---------", "LIVE", "DocumentCode")]
    [InlineData(Unit, null, "ResultStatus")]
    [InlineData(Unit, "FINISHED", "ResultStatus")]
    public void A_result_that_is_not_about_a_unit_or_has_no_status_is_refused(string code, string? status, string field) =>
        Plan(Header("DT_RESULT", code, status), Ranked).Refused().ShouldStartWith(field + ":");

    [Theory]
    [InlineData("""<Result Rank="1"/>""", "Result.Competitor")]
    [InlineData("""<Result Rank="first"><Competitor Code="1"/></Result>""", "Result.Rank")]
    [InlineData("""<Result Rank="1"><Competitor Type="A"/></Result>""", "Competitor.Code")]
    public void A_malformed_result_is_refused_naming_what_is_wrong(string body, string field) =>
        Plan(Header("DT_RESULT", status: "LIVE"), body).Refused().ShouldStartWith(field + ":");

    [Fact]
    public void A_body_that_is_not_well_formed_or_has_no_competition_is_refused_not_thrown()
    {
        OdfApplyPlan.For(Header("DT_RESULT", status: "LIVE"), false, "<OdfBody><Competition>", At).Refused().ShouldStartWith("body:");
        OdfApplyPlan.For(Header("DT_RESULT", status: "LIVE"), false, "<OdfBody><Other/></OdfBody>", At).Refused().ShouldStartWith("Competition:");
        OdfApplyPlan.For(Header("DT_RESULT", status: "LIVE"), false, "<!DOCTYPE x [<!ENTITY a 'b'>]><OdfBody><Competition/></OdfBody>", At)
            .Refused().ShouldStartWith("body:");
    }

    [Fact]
    public void Running_data_marks_its_unit_live() =>
        Plan(Header("DT_CURRENT", language: null), """<Current Leader="1001"/>""").Single<MarkUnitLive>(OdfTarget.SessionOfUnit, Unit)
            .ShouldBe(new MarkUnitLive(Unit, At, 3));

    [Fact]
    public void A_schedule_update_moves_its_session_and_units()
    {
        var body = """
            <Session Code="ATH01" Venue="STA" ScheduleStatus="RUNNING"/>
            <Unit Code="ATHM100M--------------FNL-000100--" ScheduleStatus="FINISHED"/>
            <Unit Code="ATHM100M--------------SFNL000100--" ScheduleStatus="RUNNING"/>
            """;

        var command = Plan(Header("DT_SCHEDULE_UPDATE", "ATH-------------------------------", subcode: "ATH01"), body)
            .Single<UpdateSchedule>(OdfTarget.Session, "ATH01");

        (command.Status, command.Start, command.End, command.At, command.OdfVersion).ShouldBe((ScheduleStatus.Running, null, null, At, 3));
        command.Units.ShouldBe([new UnitSchedule(Unit, ScheduleStatus.Finished), new UnitSchedule("ATHM100M--------------SFNL000100--", ScheduleStatus.Running)]);
    }

    [Fact]
    public void A_rescheduling_update_carries_the_new_times()
    {
        var body = """<Session Code="ATH01" ScheduleStatus="RESCHEDULED" StartDate="2024-08-05T19:00:00+02:00" EndDate="2024-08-05T22:00:00+02:00"/>""";

        var command = Plan(Header("DT_SCHEDULE_UPDATE", "ATH-------------------------------", subcode: "ATH01"), body)
            .Single<UpdateSchedule>(OdfTarget.Session, "ATH01");

        (command.Status, command.Start, command.End).ShouldBe((ScheduleStatus.Rescheduled,
            new DateTimeOffset(2024, 8, 5, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 8, 5, 20, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(null, """<Session ScheduleStatus="RUNNING"/>""", "Session.SessionCode")]
    [InlineData(null, $"""<Unit Code="{Unit}" ScheduleStatus="RUNNING"/>""", "Unit.SessionCode")]
    [InlineData(null, $"""<Unit Code="{Unit}" SessionCode="Evening" ScheduleStatus="RUNNING"/>""", "Unit.SessionCode")]
    [InlineData("ATH01", """<Session Code="ATH02" ScheduleStatus="RUNNING"/>""", "Session.Code")]
    [InlineData("ATH01", """<Session Code="ATH01" ScheduleStatus="ON_HOLD"/>""", "Session.ScheduleStatus")]
    [InlineData("ATH01", """<Unit ScheduleStatus="RUNNING"/>""", "Unit.Code")]
    [InlineData("ATH01", $"""<Unit Code="{Unit}"/>""", "Unit.ScheduleStatus")]
    [InlineData("ATH01", """<Session Code="ATH01" ScheduleStatus="RESCHEDULED" StartDate="2024-08-05T19:00:00"/>""", "Session.StartDate")]
    public void A_malformed_schedule_update_is_refused_naming_what_is_wrong(string? subcode, string body, string field) =>
        Plan(Header("DT_SCHEDULE_UPDATE", "ATH-------------------------------", subcode: subcode), body).Refused().ShouldStartWith(field + ":");

    [Fact]
    public void A_schedule_gives_each_unit_to_the_session_its_unit_element_names_one_command_per_session()
    {
        const string semi = "ATHM100M--------------SFNL000100--";
        const string heat = "ATHW100M--------------HEAT000100--";
        var body = $"""
            <Session SessionCode="ATH01" ScheduleStatus="RUNNING" StartDate="2024-08-04T19:00:00+02:00" EndDate="2024-08-04T22:00:00+02:00"/>
            <Unit Code="{semi}" SessionCode="ATH01" ScheduleStatus="FINISHED"/>
            <Unit Code="{heat}" SessionCode="ATH02" ScheduleStatus="UNSCHEDULED"/>
            <Unit Code="{Unit}" SessionCode="ATH01" ScheduleStatus="RUNNING"/>
            """;
        var header = Header("DT_SCHEDULE", "ATH-------------------------------");

        var decision = Plan(header, body);

        decision.Refusal.ShouldBeNull();
        decision.Steps.Select(s => (s.Target, s.Key)).ShouldBe([(OdfTarget.Session, "ATH01"), (OdfTarget.Session, "ATH02")]);
        var (evening, morning) = (decision.Steps[0].Command.ShouldBeOfType<UpdateSchedule>(), decision.Steps[1].Command.ShouldBeOfType<UpdateSchedule>());
        (evening.Status, evening.OdfVersion, evening.OdfDocument).ShouldBe((ScheduleStatus.Running, 3, header.DocumentKey));
        evening.Units.ShouldBe([new UnitSchedule(semi, ScheduleStatus.Finished), new UnitSchedule(Unit, ScheduleStatus.Running)]);
        (morning.Status, morning.OdfVersion, morning.OdfDocument).ShouldBe((null, 3, header.DocumentKey));
        morning.Units.ShouldBe([new UnitSchedule(heat, ScheduleStatus.Unscheduled)]);
    }

    [Fact]
    public void A_unit_naming_its_session_goes_there_even_in_a_session_s_update_and_the_others_take_the_header_s()
    {
        var body = $"""
            <Session Code="ATH01" ScheduleStatus="RUNNING"/>
            <Unit Code="{Unit}" ScheduleStatus="RUNNING"/>
            <Unit Code="ATHM100M--------------SFNL000100--" SessionCode="ATH02" ScheduleStatus="FINISHED"/>
            """;

        var decision = Plan(Header("DT_SCHEDULE_UPDATE", "ATH-------------------------------", subcode: "ATH01"), body);

        decision.Steps.Select(s => (s.Key, ((UpdateSchedule)s.Command).Units.Single().Unit)).ShouldBe([("ATH01", Unit), ("ATH02", "ATHM100M--------------SFNL000100--")]);
    }

    [Fact]
    public void A_session_element_without_a_status_leaves_the_session_s_status_and_moves_its_units() =>
        Plan(Header("DT_SCHEDULE", "ATH-------------------------------"), $"""<Session Code="ATH01"/><Unit Code="{Unit}" SessionCode="ATH01" ScheduleStatus="DELAYED"/>""")
            .Single<UpdateSchedule>(OdfTarget.Session, "ATH01").ShouldSatisfyAllConditions(
                c => c.Status.ShouldBeNull(),
                c => c.Units.ShouldBe([new UnitSchedule(Unit, ScheduleStatus.Delayed)]));

    [Fact]
    public void Phase_results_record_the_phase_s_status_on_the_sessions_holding_its_units()
    {
        const string phase = "ATHM100M--------------SFNL--------";

        var command = Plan(Header("DT_PHASE_RESULT", phase, "PARTIAL"), Ranked).Single<RecordPhaseStatus>(OdfTarget.SessionsOfPhase, phase);

        command.ShouldBe(new RecordPhaseStatus(phase, ResultStatus.Partial, At, 3));
    }

    [Theory]
    [InlineData(Unit, "OFFICIAL", "DocumentCode")]
    [InlineData("ATHM100M--------------------------", "OFFICIAL", "DocumentCode")]
    [InlineData("ATHM100M--------------SFNL--------", null, "ResultStatus")]
    public void Phase_results_not_about_a_phase_or_without_a_status_are_refused(string code, string? status, string field) =>
        Plan(Header("DT_PHASE_RESULT", code, status), Ranked).Refused().ShouldStartWith(field + ":");
}
