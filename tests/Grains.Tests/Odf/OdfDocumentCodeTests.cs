using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Odf;

/// <summary>The DocumentCode each document type may have, and the ODF code lists of the header and of a schedule's body.</summary>
public sealed class OdfDocumentCodeTests
{
    private const string Unit = "ATHM100M--------------FNL-000100--";
    private const string Phase = "ATHM100M--------------FNL---------";
    private const string Event = "ATHM100M--------------------------";
    private const string Discipline = "ATH-------------------------------";
    private const string Games = "GLO-------------------------------";

    private static Contracts.Odf.OdfHeader Parse(string type, string code, string? status = "LIVE", string? body = null)
    {
        var header = OdfMessages.Header(code: code);
        (header["DocumentType"], header["ResultStatus"]) = (type, status);
        var xml = OdfMessages.Xml(header);
        return OdfMessageParser.Parse(OdfMessages.Bytes(body is null ? xml : xml.Replace("<Result Rank=\"1\" Result=\"9.79\"/>", body, StringComparison.Ordinal))).Header;
    }

    [Theory]
    [InlineData("DT_RESULT", Unit)]
    [InlineData("DT_CURRENT", Unit)]
    [InlineData("DT_PHASE_RESULT", Phase)]
    [InlineData("DT_MEDALLISTS", Event)]
    [InlineData("DT_CUMULATIVE_RESULT", Phase)]
    [InlineData("DT_SCHEDULE_UPDATE", Discipline)]
    [InlineData("DT_PARTIC", Discipline)]
    [InlineData("DT_MEDALS", Games)]
    [InlineData("DT_MEDALS", Discipline)]
    [InlineData("DT_KA", "STA")]
    [InlineData("DT_KA", Discipline)]
    [InlineData("DT_COMMUNICATION", Event)]
    [InlineData("DT_RESULT", "SWMX4X100MMD----------FNL-0001----")]
    [InlineData("DT_RESULT", "BOXMP92KG-------------QFNL000200--")]
    public void A_code_at_a_level_its_type_speaks_for_is_accepted(string type, string code) =>
        Parse(type, code).DocumentCode.ShouldBe(code);

    [Theory]
    [InlineData("DT_RESULT", Phase, "is about a unit")]
    [InlineData("DT_RESULT", Event, "is about a unit")]
    [InlineData("DT_PHASE_RESULT", Unit, "is about a phase")]
    [InlineData("DT_MEDALLISTS", Phase, "is about an event")]
    [InlineData("DT_SCHEDULE_UPDATE", "ATH", "is about a discipline")]
    [InlineData("DT_MEDALS", Event, "is about the Games")]
    [InlineData("DT_KA", Unit, "is about a venue or discipline")]
    [InlineData("DT_RESULT", "ATHM100M--------------FNL-0001", "34 characters")]
    [InlineData("DT_RESULT", "ATHM100M--------------FNL-0001-----", "34 characters")]
    [InlineData("DT_RESULT", "athM100M--------------FNL-0001----", "A-Z, 0-9")]
    [InlineData("DT_RESULT", "A1HM100M--------------FNL-0001----", "3-letter discipline")]
    [InlineData("DT_RESULT", "ATHZ100M--------------FNL-0001----", "gender")]
    [InlineData("DT_RESULT", "ATHM------------------FNL-0001----", "event part")]
    [InlineData("DT_RESULT", "ATHM100M---------------NL-0001----", "phase part")]
    [InlineData("DT_KA", "ST", "34 characters")]
    public void A_code_of_the_wrong_level_or_shape_is_refused_naming_DocumentCode_and_why(string type, string code, string reason)
    {
        var refusal = Should.Throw<InvalidCommandException>(() => Parse(type, code));

        refusal.Field.ShouldBe("DocumentCode");
        refusal.Reason.ShouldContain(reason);
        refusal.Reason.ShouldContain($"'{code}'");
    }

    [Theory]
    [InlineData("START_LIST")]
    [InlineData("INTERMEDIATE")]
    [InlineData("PROTESTED")]
    [InlineData("PROVISIONAL")]
    public void Every_ODF_result_status_is_accepted(string status) => Parse("DT_RESULT", Unit, status).ResultStatus.ShouldBe(status);

    [Theory]
    [InlineData("DT_RESULT_", "DocumentType")]
    [InlineData("DT_SCHEDULES", "DocumentType")]
    public void A_document_type_off_the_list_is_refused(string type, string field) =>
        Should.Throw<InvalidCommandException>(() => Parse(type, Unit)).Field.ShouldBe(field);

    [Theory]
    [InlineData("UNSCHEDULED")]
    [InlineData("GETTING_READY")]
    [InlineData("CANCELLED")]
    public void A_schedule_status_from_the_list_is_accepted_on_Session_and_Unit(string status) =>
        Parse("DT_SCHEDULE_UPDATE", Discipline, null, $"<Session Code=\"ATH01\" ScheduleStatus=\"{status}\"/><Unit Code=\"{Unit}\" ScheduleStatus=\"{status}\"/>")
            .DocumentType.ShouldBe("DT_SCHEDULE_UPDATE");

    [Fact]
    public void A_schedule_status_off_the_list_is_refused_naming_the_element()
    {
        var refusal = Should.Throw<InvalidCommandException>(() =>
            Parse("DT_SCHEDULE_UPDATE", Discipline, null, $"<Session Code=\"ATH01\" ScheduleStatus=\"RUNNING\"/><Unit Code=\"{Unit}\" ScheduleStatus=\"Finished\"/>"));

        refusal.Field.ShouldBe("Unit.ScheduleStatus");
        refusal.Reason.ShouldContain("'Finished'");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_and_up_to_it_accepted()
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat("<N>", depth)) + string.Concat(Enumerable.Repeat("</N>", depth));

        // OdfBody is depth 0, Competition 1, Result 2: the nested elements start at depth 2.
        Parse("DT_RESULT", Unit, body: Nested(OdfLimits.MaxDepth - 2)).DocumentCode.ShouldBe(Unit);
        var refusal = Should.Throw<InvalidCommandException>(() => Parse("DT_RESULT", Unit, body: Nested(OdfLimits.MaxDepth - 1)));
        (refusal.Field, refusal.Reason.Contains("deeper than", StringComparison.Ordinal)).ShouldBe(("body", true));
    }
}
