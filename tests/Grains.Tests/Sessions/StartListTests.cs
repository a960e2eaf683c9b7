using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

public sealed class StartListTests
{
    [Fact]
    public void A_start_list_is_recorded_in_order()
    {
        var events = SessionDecider.Decide(new SetStartList(Semi, ["7", "3", "5"], At), Given(Scheduled));

        Given(Scheduled).Apply(events).Unit(Semi)!.StartList.ShouldBe(["7", "3", "5"]);
    }

    [Fact]
    public void The_same_start_list_again_changes_nothing() =>
        SessionDecider.Decide(new SetStartList(Semi, ["1", "2", "3"], At), SemiAt(ResultStatus.StartList)).ShouldBeEmpty();

    [Fact]
    public void A_start_list_after_the_first_results_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new SetStartList(Semi, ["9"], At), SemiAt(ResultStatus.Live)))
            .Message.ShouldContain("start list is final");

    [Fact]
    public void A_start_list_for_a_unit_the_session_does_not_hold_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new SetStartList("ATHM100M--------------HEAT000100--", ["1"], At), Given(Scheduled)))
            .Message.ShouldContain("holds no unit");

    [Theory]
    [InlineData("ATHM100M", "unit")]
    [InlineData(Semi, "athletes")]
    [InlineData(Semi, "athletes[1]")]
    public void A_malformed_start_list_names_the_field(string unit, string field)
    {
        string[] athletes = field switch { "athletes" => [], "unit" => ["1"], _ => ["1", "no such id!"] };

        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new SetStartList(unit, athletes, At), Given(Scheduled))).Field.ShouldBe(field);
    }

    [Fact]
    public void An_athlete_listed_twice_is_refused() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new SetStartList(Semi, ["1", "1"], At), Given(Scheduled))).Field.ShouldBe("athletes[1]");

    [Fact]
    public void A_start_list_in_a_cancelled_session_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new SetStartList(Semi, ["1"], At), Given(Scheduled) with { Status = ScheduleStatus.Cancelled }));
}

internal static class SessionTestExtensions
{
    public static Session Apply(this Session state, IEnumerable<ISessionEvent> events) => events.Aggregate(state, Session.Evolve);
}
