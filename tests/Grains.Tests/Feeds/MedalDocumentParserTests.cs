using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

public sealed class MedalDocumentParserTests
{
    [Fact]
    public void The_medal_table_reads_each_line_in_order()
    {
        var lines = MedalDocumentParser.Lines(ResultBodies.Medals(3, ("FRA", 3, 1, 2), ("USA", 2, 4, 0)));

        lines.ShouldBe([new("FRA", 1, 3, 1, 2, 6), new("USA", 2, 2, 4, 0, 6)]);
    }

    [Fact]
    public void Missing_counts_are_zero_and_a_missing_total_is_their_sum()
    {
        var header = OdfMessages.Header(1, ResultBodies.Global);
        header["DocumentType"] = "DT_MEDALS";

        var line = MedalDocumentParser.Lines(ResultBodies.Message(header, "<MedalStandings><MedalLine Organisation=\"BEL\" Gold=\"1\" Bronze=\"2\"/></MedalStandings>")).ShouldHaveSingleItem();

        line.ShouldBe(new("BEL", null, 1, 0, 2, 3));
    }

    [Fact]
    public void Medallists_read_the_medal_type_and_the_competitor()
    {
        var medals = MedalDocumentParser.Medallists(ResultBodies.Medallists("ATHM100M--------------------", 1, ("17", "FRA"), ("20", "USA"), ("30", "JAM")));

        medals.Select(m => (m.Medal, m.Competitor, m.Organisation)).ShouldBe([("ME_GOLD", "17", "FRA"), ("ME_SILVER", "20", "USA"), ("ME_BRONZE", "30", "JAM")]);
        MedalDocumentParser.Medallists(OdfMessages.Xml(1, withdrawal: true)).ShouldBeEmpty();
    }
}
