using System.Xml.Linq;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Grains.Tests.Odf.Simulation;

/// <summary>Keep-alives, phase results, medallists and the medal table of a simulated day.</summary>
public sealed class SimulatedSummariesTests
{
    private static readonly SimulationPlan _plan = SimulatedDay.FinalsPlan;
    private static readonly string _glo = "GLO".PadRight(Rsc.Length, '-');

    [Fact]
    public void Keep_alives_are_a_header_only_and_never_withdraw_their_venue_s_document()
    {
        var keepAlives = SimulatedDay.Plan.Messages.Where(m => m.DocumentType == "DT_KA").ToList();

        keepAlives.ShouldNotBeEmpty();
        keepAlives.ShouldAllBe(m => !SimulatedDay.Xml(m).HasElements);
        keepAlives.Where(m => OdfMessageParser.Parse(m.Body.Span).IsWithdrawal).ShouldBeEmpty();
    }

    [Fact]
    public void Every_official_final_is_followed_by_its_event_s_medallists_ranks_1_to_3()
    {
        var finals = Officials().Where(m => new Rsc(Code(m)).Phase == "FNL-").ToList();
        finals.ShouldNotBeEmpty("the simulated day has no final");

        foreach (var official in finals)
        {
            var eventCode = new Rsc(Code(official)).EventCode;
            var medallists = _plan.Messages.First(m => m.DocumentType == "DT_MEDALLISTS" && Code(m) == eventCode && m.At > official.At);
            var podium = SimulatedDay.Xml(official).Descendants("Result").Where(r => (int)r.Attribute("Rank")! <= 3)
                .Select(r => ((int)r.Attribute("Rank")!, r.Element("Competitor")!.Attribute("Code")!.Value));
            SimulatedDay.Xml(medallists).Descendants("Medal").Select(m => (Rank(m), m.Element("Competitor")!.Attribute("Code")!.Value))
                .ShouldBe(podium);
        }
    }

    [Fact]
    public void The_medal_table_counts_the_latest_medallists_of_every_event_ranked_gold_silver_bronze()
    {
        var tables = _plan.Messages.Where(m => m.DocumentType == "DT_MEDALS").ToList();
        tables.Count.ShouldBe(Officials().Count(m => new Rsc(Code(m)).Phase == "FNL-"));
        tables.Select(t => t.Version).ShouldBe(Enumerable.Range(1, tables.Count));
        tables.ShouldAllBe(t => Code(t) == _glo);

        var latest = _plan.Messages.Where(m => m.DocumentType == "DT_MEDALLISTS").GroupBy(Code).Select(g => g.Last())
            .SelectMany(m => SimulatedDay.Xml(m).Descendants("Medal")).ToList();
        var lines = SimulatedDay.Xml(tables[^1]).Descendants("MedalLine").ToList();
        foreach (var line in lines)
        {
            var noc = line.Attribute("Organisation")!.Value;
            int[] counts = [.. Enumerable.Range(1, 3).Select(rank => latest.Count(m => Rank(m) == rank && m.Element("Competitor")!.Attribute("Organisation")!.Value == noc))];
            ((int)line.Attribute("Gold")!, (int)line.Attribute("Silver")!, (int)line.Attribute("Bronze")!, (int)line.Attribute("Total")!)
                .ShouldBe((counts[0], counts[1], counts[2], counts.Sum()), noc);
        }

        lines.Sum(l => (int)l.Attribute("Total")!).ShouldBe(latest.Count);
        var keys = lines.Select(l => ((int)l.Attribute("Gold")!, (int)l.Attribute("Silver")!, (int)l.Attribute("Bronze")!)).ToList();
        keys.ShouldBe(keys.OrderByDescending(k => k));
        lines.Select(l => (int)l.Attribute("Rank")!).ShouldBe(keys.Select(k => 1 + keys.Count(o => o.CompareTo(k) > 0)));
    }

    [Fact]
    public void Every_official_result_is_followed_by_its_phase_s_results_official_once_every_unit_of_the_phase_is()
    {
        foreach (var official in Officials())
        {
            var phase = new Rsc(Code(official)).PhaseCode;
            _plan.Messages.ShouldContain(m => m.DocumentType == "DT_PHASE_RESULT" && Code(m) == phase && m.At > official.At);
        }

        foreach (var phase in SimulatedDay.Documents("DT_PHASE_RESULT", _plan))
        {
            var units = SimulatedDay.Games.Units.Where(u => u.Rsc.StartsWith(Code(phase.First())[..26], StringComparison.Ordinal)).Select(u => u.Rsc);
            var complete = units.All(u => Officials().Any(m => Code(m) == u));
            phase.Last().ResultStatus.ShouldBe(complete ? "OFFICIAL" : "PARTIAL", phase.Key);
            phase.SkipLast(1).ShouldAllBe(m => m.ResultStatus == "PARTIAL" || m.ResultStatus == "OFFICIAL");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_simulated_message_means_something_to_the_grains_and_none_is_malformed(bool finalsDay)
    {
        foreach (var message in (finalsDay ? SimulatedDay.FinalsPlan : SimulatedDay.Plan).Messages)
        {
            var parsed = OdfMessageParser.Parse(message.Body.Span);

            var decision = OdfApplyPlan.For(parsed.Header, parsed.IsWithdrawal, parsed.Xml, DateTimeOffset.UnixEpoch);

            decision.Refusal.ShouldBeNull(message.DocumentKey);
            decision.Steps.ShouldHaveSingleItem(message.DocumentKey);
        }
    }

    private static IEnumerable<PlannedMessage> Officials() =>
        _plan.Messages.Where(m => m is { DocumentType: "DT_RESULT", ResultStatus: "OFFICIAL" } && m.Kind != PlannedKind.Duplicate);

    private static string Code(PlannedMessage message) => message.DocumentKey.Split('|')[1];

    private static int Rank(XElement medal) => medal.Attribute("Type")!.Value switch { "ME_GOLD" => 1, "ME_SILVER" => 2, _ => 3 };
}
