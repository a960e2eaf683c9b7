using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using static Olympics.Orleans.Grains.Tests.Odf.Apply.OdfDocuments;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>Medals, keep-alives, withdrawals and the documents that are only stored and distributed.</summary>
public sealed class OdfApplyPlanTests
{
    private const string Event = "ATHM100M--------------------------";
    private static readonly string _glo = "GLO".PadRight(34, '-');

    [Fact]
    public void Medallists_are_recorded_for_the_event_at_the_document_s_version()
    {
        var body = """
            <Medal Type="ME_GOLD"><Competitor Code="1001" Type="A" Organisation="FRA"/></Medal>
            <Medal Type="ME_SILVER"><Competitor Code="1002" Type="A" Organisation="USA"/></Medal>
            <Medal Type="ME_BRONZE"><Competitor Code="1003" Type="A" Organisation="JAM"/></Medal>
            <Medal Type="ME_BRONZE"><Competitor Code="1004" Type="A" Organisation="GBR"/></Medal>
            """;

        var command = Plan(Header("DT_MEDALLISTS", Event, version: 4), body).Single<RecordMedallists>(OdfTarget.Medals, "OG2024");

        (command.Event, command.Version, command.At).ShouldBe((Event, 4, At));
        command.Medallists.ShouldBe([
            new Medallist(MedalType.Gold, "1001", "FRA"), new Medallist(MedalType.Silver, "1002", "USA"),
            new Medallist(MedalType.Bronze, "1003", "JAM"), new Medallist(MedalType.Bronze, "1004", "GBR")]);
    }

    [Theory]
    [InlineData("ATHM100M--------------FNL-000100--", """<Medal Type="ME_GOLD"><Competitor Code="1" Organisation="FRA"/></Medal>""", "DocumentCode")]
    [InlineData(Event, """<Medal Type="ME_PLATINUM"><Competitor Code="1" Organisation="FRA"/></Medal>""", "Medal.Type")]
    [InlineData(Event, """<Medal Type="ME_GOLD"><Competitor Code="1"/></Medal>""", "Competitor.Organisation")]
    public void Malformed_medallists_are_refused(string code, string body, string field) =>
        Plan(Header("DT_MEDALLISTS", code), body).Refused().ShouldStartWith(field + ":");

    [Fact]
    public void The_medal_table_is_replaced_by_the_standings_at_the_document_s_version()
    {
        var body = """
            <MedalStandings>
              <MedalLine Rank="1" Organisation="FRA" Gold="3" Silver="1" Bronze="2" Total="6"/>
              <MedalLine Rank="2" Organisation="USA" Gold="2" Silver="4" Bronze="0" Total="6"/>
            </MedalStandings>
            """;

        var command = Plan(Header("DT_MEDALS", _glo, version: 9), body).Single<ReplaceMedalTable>(OdfTarget.Medals, "OG2024");

        command.Version.ShouldBe(9);
        command.Lines.ShouldBe([new MedalLine(1, "FRA", 3, 1, 2, 6), new MedalLine(2, "USA", 2, 4, 0, 6)]);
    }

    [Theory]
    [InlineData("""<MedalLine Rank="1" Organisation="FRA" Gold="3" Silver="1" Bronze="2" Total="6"/>""", "MedalStandings")]
    [InlineData("""<MedalStandings><MedalLine Rank="1" Organisation="FRA" Silver="1" Bronze="2" Total="3"/></MedalStandings>""", "MedalLine.Gold")]
    [InlineData("""<MedalStandings><MedalLine Rank="1" Organisation="FRA" Gold="-1" Silver="1" Bronze="2" Total="2"/></MedalStandings>""", "MedalLine.Gold")]
    public void Malformed_standings_are_refused(string body, string field) =>
        Plan(Header("DT_MEDALS", _glo), body).Refused().ShouldStartWith(field + ":");

    [Fact]
    public void Standings_other_than_the_overall_table_are_only_stored() =>
        Plan(Header("DT_MEDALS", "ATH-------------------------------"), "<MedalStandings/>").ShouldBe(OdfApplyDecision.Nothing);

    [Fact]
    public void A_keep_alive_records_its_source_at_the_time_it_was_received_for_the_venue_or_discipline_of_its_three_letters() =>
        OdfApplyPlan.For(Header("DT_KA", "STA", language: null), false, "<OdfBody/>", At).Single<RecordKeepAlive>(OdfTarget.VenueOrDiscipline, "STA")
            .ShouldBe(new RecordKeepAlive("SEQ_ATH", At));

    [Theory]
    [InlineData("ATH-------------------------------")]
    [InlineData("SWM----")]
    public void A_keep_alive_whose_code_is_a_discipline_padded_with_dashes_speaks_for_that_discipline(string code) =>
        OdfApplyPlan.For(Header("DT_KA", code, language: null), false, "<OdfBody/>", At).Single<RecordKeepAlive>(OdfTarget.Discipline, code[..3])
            .ShouldBe(new RecordKeepAlive("SEQ_ATH", At));

    [Theory]
    [InlineData("Stade")]
    [InlineData("ATHM100M--------------FNL-000100--")]
    [InlineData("ST")]
    public void A_keep_alive_from_something_that_is_neither_a_venue_nor_a_discipline_is_refused(string code) =>
        OdfApplyPlan.For(Header("DT_KA", code, language: null), false, "<OdfBody/>", At).Refused().ShouldStartWith("DocumentCode:");

    [Fact]
    public void Withdrawn_medallists_and_standings_are_withdrawn_at_the_withdrawal_s_version()
    {
        Plan(Header("DT_MEDALLISTS", Event, version: 5), "", withdrawn: true).Single<WithdrawMedallists>(OdfTarget.Medals, "OG2024")
            .ShouldBe(new WithdrawMedallists(Event, 5, At));
        Plan(Header("DT_MEDALS", _glo, version: 6), "", withdrawn: true).Single<WithdrawMedalTable>(OdfTarget.Medals, "OG2024")
            .ShouldBe(new WithdrawMedalTable(6, At));
    }

    [Theory]
    [InlineData("DT_RESULT", "results stay")]
    [InlineData("DT_SCHEDULE_UPDATE", "schedule statuses stay")]
    [InlineData("DT_SCHEDULE", "schedule statuses stay")]
    [InlineData("DT_PHASE_RESULT", "status stays")]
    [InlineData("DT_CURRENT", "nothing to undo")]
    public void Other_withdrawals_leave_the_grains_as_they_are_and_say_why(string type, string why)
    {
        var decision = Plan(Header(type, status: "OFFICIAL"), "", withdrawn: true);

        (decision.Steps.Count, decision.Refusal).ShouldBe((0, null));
        decision.LeftAsIs.ShouldNotBeNull().ShouldContain(why);
        decision.LeftAsIs.ShouldContain("version 3");
    }

    [Theory]
    [InlineData("DT_PARTIC", "ENG")]
    [InlineData("DT_COMMUNICATION", null)]
    [InlineData("DT_RESULT", "FRA")]
    public void Other_types_and_languages_are_only_stored_and_distributed(string type, string? language) =>
        Plan(Header(type, status: "OFFICIAL", language: language), "<Anything/>").ShouldBe(OdfApplyDecision.Nothing);

    [Fact]
    public void Stored_document_events_are_read_with_their_receipt_time()
    {
        var header = Header("DT_KA", "STA", language: null);

        OdfApplyPlan.For(new OdfDocumentReceived(header, "<OdfBody/>", At.AddSeconds(1))).Single<RecordKeepAlive>(OdfTarget.VenueOrDiscipline, "STA").At.ShouldBe(At.AddSeconds(1));
        OdfApplyPlan.For(new OdfDocumentWithdrawn(Header("DT_MEDALS", _glo), "<OdfBody/>", At)).Single<WithdrawMedalTable>(OdfTarget.Medals, "OG2024");
    }
}
