using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Every pair of result statuses: the allowed ones record the results, every other one is refused.</summary>
public sealed class ResultTransitionTests
{
    public static TheoryData<ResultStatus, ResultStatus> Allowed { get; } = Pairs(allowed: true);

    public static TheoryData<ResultStatus, ResultStatus> Refused { get; } = Pairs(allowed: false);

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_result_status_records_the_complete_results(ResultStatus from, ResultStatus to)
    {
        var state = SemiAt(from);
        UnitResultEntry[] results = [Entry("1", 1), Entry("2", 2)];

        var events = SessionDecider.Decide(new RecordUnitResult(Semi, to, results, "correction", At), state);

        var recorded = events.ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();
        recorded.Status.ShouldBe(to);
        recorded.Results.ShouldBe(results);
        state.Apply(events).Unit(Semi)!.Status.ShouldBe(to);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_result_status_outside_the_table_is_refused(ResultStatus from, ResultStatus to) =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, to, [Entry("1", 1)], "note", At), SemiAt(from)))
            .Message.ShouldContain("cannot go from");

    [Fact]
    public void Official_results_can_only_be_protested_and_nothing_leads_back_to_the_start_list()
    {
        ResultTransitions.From(ResultStatus.Official).ShouldBe([ResultStatus.Official, ResultStatus.Protested]);
        Enum.GetValues<ResultStatus>().Where(s => ResultTransitions.Allows(s, ResultStatus.StartList)).ShouldBeEmpty();
        ResultTransitions.Allows(ResultStatus.Live, ResultStatus.Official).ShouldBeFalse("results go through UNOFFICIAL first");
    }

    [Fact]
    public void Start_list_is_never_a_result_status() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.StartList, [], null, At), SemiAt(ResultStatus.StartList)))
            .Field.ShouldBe("status");

    [Fact]
    public void The_same_results_again_change_nothing()
    {
        var state = SemiAt(ResultStatus.StartList);
        var live = new RecordUnitResult(Semi, ResultStatus.Live, [Entry("1", 1)], null, At);
        state = state.Apply(SessionDecider.Decide(live, state));

        SessionDecider.Decide(live, state).ShouldBeEmpty();
    }

    [Fact]
    public void Results_in_a_cancelled_session_are_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, [Entry("1", 1)], null, At),
            SemiAt(ResultStatus.StartList) with { Status = ScheduleStatus.Cancelled })).Message.ShouldContain("CANCELLED");

    private static TheoryData<ResultStatus, ResultStatus> Pairs(bool allowed)
    {
        var data = new TheoryData<ResultStatus, ResultStatus>();
        foreach (var from in Enum.GetValues<ResultStatus>())
        {
            foreach (var to in Enum.GetValues<ResultStatus>().Where(to => to != ResultStatus.StartList && ResultTransitions.Allows(from, to) == allowed))
            {
                data.Add(from, to);
            }
        }

        return data;
    }
}
