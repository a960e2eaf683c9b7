using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Grains.Tests.Odf.Simulation;

public sealed class VenueDaySimulatorTests
{
    private static readonly SimulationPlan _plan = SimulatedDay.Plan;

    [Fact]
    public void The_day_has_sessions_running_in_parallel_at_several_venues()
    {
        var sessions = VenueDaySimulator.SessionsOn(SimulatedDay.Games, SimulatedDay.Day);
        _plan.Sessions.Count.ShouldBe(sessions.Count);
        sessions.Count.ShouldBeGreaterThan(3, $"{_plan.Messages.Count} messages");
        sessions.Count(s => sessions.Any(o => o != s && o.Start < s.End && s.Start < o.End)).ShouldBeGreaterThan(1);
        _plan.Messages.Where(m => m.DocumentType == "DT_KA").Select(m => m.DocumentKey).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_same_seed_gives_the_same_messages_byte_for_byte(bool finalsDay)
    {
        var (day, plan) = finalsDay ? (SimulatedDay.FinalsDay, SimulatedDay.FinalsPlan) : (SimulatedDay.Day, _plan);

        var again = VenueDaySimulator.Plan(SimulatedDay.Games, day, SimulatedDay.Options);

        again.Messages.Count.ShouldBe(plan.Messages.Count);
        again.Messages.Select(m => (m.At, m.DocumentKey, Convert.ToBase64String(m.Body.Span)))
            .ShouldBe(plan.Messages.Select(m => (m.At, m.DocumentKey, Convert.ToBase64String(m.Body.Span))));
    }

    [Fact]
    public void Another_seed_gives_other_results()
    {
        var other = VenueDaySimulator.Plan(SimulatedDay.Games, SimulatedDay.Day, SimulatedDay.Options with { Seed = 8 });

        other.Messages.Where(m => m.ResultStatus == "OFFICIAL").Select(m => Convert.ToBase64String(m.Body.Span))
            .ShouldNotBe(_plan.Messages.Where(m => m.ResultStatus == "OFFICIAL").Select(m => Convert.ToBase64String(m.Body.Span)));
    }

    [Fact]
    public void The_plan_is_in_time_order_from_zero()
    {
        _plan.Messages[0].At.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
        _plan.Messages.Zip(_plan.Messages.Skip(1)).ShouldAllBe(p => p.First.At <= p.Second.At);
    }

    [Fact]
    public void Every_message_parses_with_its_planned_header_and_none_withdraws_its_document()
    {
        foreach (var message in _plan.Messages)
        {
            var parsed = OdfMessageParser.Parse(message.Body.Span);

            parsed.IsWithdrawal.ShouldBeFalse(parsed.Header.DocumentKey);
            (parsed.Header.DocumentKey, parsed.Header.DocumentType, parsed.Header.Version, parsed.Header.ResultStatus, parsed.Header.Source)
                .ShouldBe((message.DocumentKey, message.DocumentType, message.Version, message.ResultStatus, message.Source));
            parsed.Header.FeedFlag.ShouldBe("T");
        }
    }

    [Fact]
    public void Start_lists_are_on_the_competition_day_and_sources_are_the_disciplines_results_systems()
    {
        var startLists = _plan.Messages.Where(m => m.ResultStatus == "START_LIST").Select(m => OdfMessageParser.Parse(m.Body.Span).Header).ToList();

        startLists.ShouldNotBeEmpty();
        startLists.ShouldAllBe(h => h.LogicalDate == SimulatedDay.Day);
        startLists.ShouldAllBe(h => h.Source == "SEQ_" + new Olympics.Orleans.Contracts.Reference.Rsc(h.DocumentCode).Discipline);
    }

    [Fact]
    public void Versions_strictly_increase_per_document_and_a_duplicate_repeats_the_version_before_it()
    {
        foreach (var document in _plan.Messages.GroupBy(m => m.DocumentKey, StringComparer.Ordinal))
        {
            var previous = 0;
            foreach (var message in document)
            {
                message.Version.ShouldBe(message.Kind == PlannedKind.Duplicate ? previous : previous + 1, document.Key);
                previous = message.Version;
            }
        }
    }

    [Fact]
    public void Each_unit_result_goes_start_list_live_unconfirmed_unofficial_official_and_stays_official()
    {
        var documents = SimulatedDay.Documents("DT_RESULT").ToList();
        documents.ShouldNotBeEmpty();
        foreach (var document in documents)
        {
            var statuses = document.Select(m => m.ResultStatus).ToList();
            statuses[0].ShouldBe("START_LIST");
            statuses.Skip(1).Take(SimulatedDay.Options.LiveUpdates).ShouldAllBe(s => s == "LIVE");
            statuses[SimulatedDay.Options.LiveUpdates + 1].ShouldBe("UNCONFIRMED");
            statuses[SimulatedDay.Options.LiveUpdates + 2].ShouldBe("UNOFFICIAL");
            statuses.Skip(SimulatedDay.Options.LiveUpdates + 3).ShouldAllBe(s => s == "OFFICIAL");
            statuses.Count.ShouldBeGreaterThan(SimulatedDay.Options.LiveUpdates + 3);
        }
    }

    [Fact]
    public void Each_unit_result_follows_the_sessions_result_transitions()
    {
        foreach (var document in SimulatedDay.Documents("DT_RESULT"))
        {
            var statuses = document.Where(m => m.Kind != PlannedKind.Duplicate).Select(m => Status(m.ResultStatus!)).ToList();
            statuses.Zip(statuses.Skip(1)).ShouldAllBe(p => ResultTransitions.Allows(p.First, p.Second), document.Key);
        }
    }

    private static ResultStatus Status(string odf) => Enum.GetValues<ResultStatus>()
        .Single(s => System.Text.Json.JsonSerializer.Serialize(s, Olympics.Orleans.EventStore.Serialization.EventSerializer.JsonOptions) == $"\"{odf}\"");

    [Fact]
    public void A_result_document_gets_at_most_one_message_per_quarter_second()
    {
        foreach (var document in SimulatedDay.Documents("DT_RESULT"))
        {
            document.Zip(document.Skip(1)).ShouldAllBe(p => p.Second.At - p.First.At >= TimeSpan.FromSeconds(0.25));
        }
    }

    [Fact]
    public void Current_data_comes_more_often_than_results_and_is_never_official()
    {
        var currents = _plan.Messages.Where(m => m.DocumentType == "DT_CURRENT").ToList();

        currents.Count.ShouldBeGreaterThan(_plan.Messages.Count(m => m.ResultStatus == "LIVE"));
        currents.ShouldAllBe(m => m.ResultStatus == null);
    }
}
