using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Qualification;

namespace Olympics.Orleans.Grains.Tests.Qualification;

public sealed class QualificationPlanTests
{
    private const string Heat = "ATHM100M--------------HEAT000100--";
    private const string SemiFinal = "ATHM100M--------------SFNL--------";
    private static readonly DateTimeOffset _official = new(2024, 8, 3, 10, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _semiStart = new(2024, 8, 4, 17, 0, 0, TimeSpan.Zero);
    private static readonly QualificationOptions _options = new();

    [Fact]
    public void A_qualified_athlete_gets_the_venue_of_the_next_phase_from_before_its_start_to_after_its_end()
    {
        var steps = Plan(ResultStatus.Official, new UnitResultEntry("1001", 1, "9.91", null, SemiFinal, false));

        var qualify = steps.ShouldHaveSingleItem().ShouldBeOfType<Qualify>();
        qualify.Event.ShouldBe("ATHM100M--------------------------");
        qualify.Phase.ShouldBe(SemiFinal);
        qualify.Windows.ShouldBe([new VenueWindow("STA", _semiStart - TimeSpan.FromHours(3), _semiStart.AddHours(2) + TimeSpan.FromHours(1))]);
    }

    [Fact]
    public void An_eliminated_athlete_loses_extra_access_after_the_grace_period()
    {
        var steps = Plan(ResultStatus.Official, new UnitResultEntry("1002", 6, "10.31", null, null, true));

        steps.ShouldHaveSingleItem().ShouldBe(new Eliminate("1002", "ATHM100M--------------------------", _official + TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData(ResultStatus.Live)]
    [InlineData(ResultStatus.Unofficial)]
    [InlineData(ResultStatus.Protested)]
    public void Results_that_are_not_official_move_nobody(ResultStatus status) =>
        Plan(status, new UnitResultEntry("1001", 1, "9.91", null, SemiFinal, false)).ShouldBeEmpty();

    [Fact]
    public void An_athlete_neither_qualified_nor_eliminated_has_no_step() =>
        Plan(ResultStatus.Official, new UnitResultEntry("1003", 3, "10.01", null, null, false)).ShouldBeEmpty();

    private static IReadOnlyList<QualificationStep> Plan(ResultStatus status, params UnitResultEntry[] entries) =>
        QualificationPlan.For(new UnitResult(Heat, status, entries, _official), SessionsOf, _options);

    private static IReadOnlyList<SessionView> SessionsOf(string phase) => phase == SemiFinal
        ? [new SessionView("ATH07", "ATH", "STA", "Europe/Paris", "Men's 100m semi-finals", ScheduleStatus.Scheduled,
            _semiStart, _semiStart, _semiStart.AddHours(2), _semiStart.AddHours(2), DateOnly.FromDateTime(_semiStart.UtcDateTime), [], 1)]
        : [];
}
