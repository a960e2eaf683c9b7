using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Grains.Tests.Odf.Simulation;

public sealed class SimulatedCorrectionsTests
{
    private static readonly SimulationPlan _plan = SimulatedDay.Plan;

    [Fact]
    public void Duplicates_resend_an_official_result_byte_for_byte()
    {
        var duplicates = _plan.Messages.Where(m => m.Kind == PlannedKind.Duplicate).ToList();

        duplicates.ShouldNotBeEmpty();
        foreach (var duplicate in duplicates)
        {
            var original = _plan.Messages.Single(m => m.DocumentKey == duplicate.DocumentKey && m.Version == duplicate.Version && m.Kind == PlannedKind.Original);
            (original.ResultStatus, original.At < duplicate.At).ShouldBe(("OFFICIAL", true));
            duplicate.Body.ToArray().ShouldBe(original.Body.ToArray());
        }
    }

    [Fact]
    public void Corrections_follow_the_official_result_with_a_higher_version_and_a_note()
    {
        var corrections = _plan.Messages.Where(m => m.Kind == PlannedKind.Correction).ToList();

        corrections.ShouldNotBeEmpty();
        foreach (var correction in corrections)
        {
            correction.ResultStatus.ShouldBe("OFFICIAL");
            var official = _plan.Messages.First(m => m.DocumentKey == correction.DocumentKey && m.ResultStatus == "OFFICIAL");
            correction.Version.ShouldBeGreaterThan(official.Version);
            SimulatedDay.Xml(correction).Descendants("Note").ShouldHaveSingleItem().Value.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Official_results_rank_every_athlete_of_the_start_list()
    {
        foreach (var document in SimulatedDay.Documents("DT_RESULT"))
        {
            var startList = Competitors(document.First());
            var official = SimulatedDay.Xml(document.First(m => m.ResultStatus == "OFFICIAL")).Descendants("Result").ToList();

            official.Select(r => r.Element("Competitor")!.Attribute("Code")!.Value).Order().ShouldBe(startList.Order());
            official.Select(r => (int)r.Attribute("Rank")!).ShouldBe(Enumerable.Range(1, official.Count));
        }
    }

    [Fact]
    public void Every_venue_with_sessions_sends_keep_alives_a_few_seconds_apart()
    {
        var keepAlives = SimulatedDay.Documents("DT_KA").ToList();

        keepAlives.Select(d => d.Key.Split('|')[1]).Order().ShouldBe(_plan.Sessions.Select(Venue).Distinct().Order());
        keepAlives.ShouldAllBe(d => d.Zip(d.Skip(1)).All(p => p.Second.At - p.First.At == SimulatedDay.Options.KeepAliveEvery));
    }

    [Fact]
    public void A_session_schedule_goes_getting_ready_running_finished()
    {
        foreach (var document in SimulatedDay.Documents("DT_SCHEDULE_UPDATE"))
        {
            var statuses = document.Select(m => SimulatedDay.Xml(m).Descendants("Session").Single().Attribute("ScheduleStatus")!.Value).Distinct();
            statuses.ShouldBe(["GETTING_READY", "RUNNING", "FINISHED"]);
            SimulatedDay.Xml(document.Last()).Descendants("Unit").ShouldAllBe(u => u.Attribute("ScheduleStatus")!.Value == "FINISHED");
        }
    }

    private static List<string> Competitors(PlannedMessage message) =>
        SimulatedDay.Xml(message).Descendants("Competitor").Select(c => c.Attribute("Code")!.Value).ToList();

    private static string Venue(string session) => SimulatedDay.Games.Sessions.Single(s => s.Code == session).Venue;
}
