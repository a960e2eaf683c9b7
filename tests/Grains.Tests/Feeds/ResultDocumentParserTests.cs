using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Grains.Tests.Feeds;

public sealed class ResultDocumentParserTests
{
    [Fact]
    public void Ranked_lines_read_rank_mark_irm_and_the_competitor_in_sort_order()
    {
        var xml = ResultBodies.Message(OdfMessages.Header(), """
            <Result Rank="2" SortOrder="2" Result="9.81"><Competitor Code="20" Type="A" Organisation="USA"/></Result>
            <Result SortOrder="3" IRM="DNF"><Competitor Code="30" Type="A" Organisation="JAM"/></Result>
            <Result Rank="1" SortOrder="1" Result="9.79"><Competitor Code="17" Type="A" Organisation="FRA"/></Result>
            """);

        var lines = ResultDocumentParser.Competitors(xml);

        lines.Select(l => (l.Competitor, l.Organisation, l.Rank, l.Mark, l.Irm)).ShouldBe(
            [("17", "FRA", 1, "9.79", null), ("20", "USA", 2, "9.81", null), ("30", "JAM", (int?)null, (string?)null, "DNF")]);
        lines[0].CompetitorType.ShouldBe("A");
    }

    [Fact]
    public void A_start_list_has_start_orders_and_no_ranks()
    {
        var xml = ResultBodies.Message(OdfMessages.Header(), """
            <Result SortOrder="1" StartOrder="1"><Competitor Code="5" Type="A" Organisation="KEN"/></Result>
            <Result SortOrder="2" StartOrder="2"><Competitor Code="6" Type="A" Organisation="ETH"/></Result>
            """);

        var lines = ResultDocumentParser.Competitors(xml);

        lines.Select(l => (l.Competitor, l.StartOrder, l.Rank)).ShouldBe([("5", 1, (int?)null), ("6", 2, (int?)null)]);
    }

    [Fact]
    public void A_withdrawal_has_no_lines_and_a_line_without_a_competitor_keeps_its_place()
    {
        ResultDocumentParser.Competitors(OdfMessages.Xml(1, withdrawal: true)).ShouldBeEmpty();
        var odd = ResultDocumentParser.Competitors(ResultBodies.Message(OdfMessages.Header(), "<Result Rank=\"x\" Result=\"1\"/>")).ShouldHaveSingleItem();
        (odd.Competitor, odd.Rank, odd.Mark).ShouldBe(("", (int?)null, "1"));
    }

    [Fact]
    public void The_simulators_results_parse_with_every_competitor_ranked_and_marked()
    {
        var games = GamesGenerator.Generate(new GamesSpec(2024, 0.05));
        var plan = VenueDaySimulator.Plan(games, games.Sessions.Take(1), new SimulationOptions(Seed: 3, LiveUpdates: 2, CurrentsPerLive: 0));
        var official = plan.Messages.Last(m => m.DocumentType == "DT_RESULT" && m.ResultStatus == "OFFICIAL");
        var startList = plan.Messages.First(m => m.DocumentType == "DT_RESULT" && m.ResultStatus == "START_LIST");

        var ranked = ResultDocumentParser.Competitors(System.Text.Encoding.UTF8.GetString(official.Body.Span));
        var starting = ResultDocumentParser.Competitors(System.Text.Encoding.UTF8.GetString(startList.Body.Span));

        ranked.ShouldNotBeEmpty();
        ranked.Select(l => l.Rank).ShouldBe(Enumerable.Range(1, ranked.Count).Select(i => (int?)i));
        ranked.ShouldAllBe(l => l.Mark != null && l.Competitor.Length > 0 && l.Organisation!.Length == 3);
        starting.ShouldAllBe(l => l.Rank == null && l.StartOrder != null);
    }
}
