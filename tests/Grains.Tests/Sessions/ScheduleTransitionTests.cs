using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Every pair of schedule statuses: the allowed ones record the change, every other one is refused with the reason.</summary>
public sealed class ScheduleTransitionTests
{
    public static TheoryData<ScheduleStatus, ScheduleStatus> Allowed { get; } = Pairs(allowed: true);

    public static TheoryData<ScheduleStatus, ScheduleStatus> Refused { get; } = Pairs(allowed: false);

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_transition_records_from_and_to(ScheduleStatus from, ScheduleStatus to)
    {
        var state = In(from);

        var events = SessionDecider.Decide(new ChangeSessionStatus(to, "ops", Start.AddDays(1), End.AddDays(1), At), state);

        events[0].ShouldBe(new SessionStatusChanged(from, to, "ops", At));
        events.Aggregate(state, Session.Evolve).Status.ShouldBe(to);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_transition_outside_the_table_is_refused_naming_both_statuses(ScheduleStatus from, ScheduleStatus to)
    {
        var refusal = Should.Throw<CommandRejectedException>(() =>
            SessionDecider.Decide(new ChangeSessionStatus(to, null, Start.AddDays(1), End.AddDays(1), At), In(from)));

        refusal.Message.ShouldContain($"cannot go from {Odf(from)} to {Odf(to)}");
    }

    [Fact]
    public void Every_status_refuses_at_least_one_other_status() =>
        Enum.GetValues<ScheduleStatus>().Where(s => ScheduleTransitions.From(s).Count >= Enum.GetValues<ScheduleStatus>().Length - 1).ShouldBeEmpty();

    [Theory]
    [InlineData(ScheduleStatus.Scheduled)]
    [InlineData(ScheduleStatus.Running)]
    [InlineData(ScheduleStatus.Finished)]
    [InlineData(ScheduleStatus.Cancelled)]
    public void Moving_to_the_current_status_changes_nothing(ScheduleStatus status) =>
        SessionDecider.Decide(new ChangeSessionStatus(status, null, null, null, At), In(status)).ShouldBeEmpty();

    private static Session In(ScheduleStatus status) => Given(Scheduled) with { Status = status };

    private static string Odf(ScheduleStatus status) =>
        System.Text.Json.JsonSerializer.Serialize(status, EventStore.Serialization.EventSerializer.JsonOptions).Trim('"');

    private static TheoryData<ScheduleStatus, ScheduleStatus> Pairs(bool allowed)
    {
        var data = new TheoryData<ScheduleStatus, ScheduleStatus>();
        foreach (var from in Enum.GetValues<ScheduleStatus>())
        {
            foreach (var to in Enum.GetValues<ScheduleStatus>().Where(to => ScheduleTransitions.Allows(from, to) == allowed && (allowed || to != from)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }
}
