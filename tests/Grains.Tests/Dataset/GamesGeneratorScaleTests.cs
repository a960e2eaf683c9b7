using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>A scaled-down Games has proportionally fewer people and sessions but every venue and discipline.</summary>
public sealed class GamesGeneratorScaleTests
{
    [Theory]
    [InlineData(0.1, 1_050, 76)]
    [InlineData(0.01, 105, 8)]
    public void A_scaled_Games_has_proportionally_fewer_athletes_accreditations_and_sessions(double scale, int athletes, int sessions)
    {
        var games = GamesGenerator.Generate(new GamesSpec(Scale: scale));

        games.Athletes.Count.ShouldBe(athletes);
        games.Accreditations.Count.ShouldBeInRange((int)(600_000 * scale * 0.98), (int)(600_000 * scale * 1.02));
        games.Sessions.Count.ShouldBe(sessions);
        games.Accreditations.Select(a => a.Number).ShouldBeUnique();
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.01)]
    public void A_scaled_Games_keeps_all_venues_all_disciplines_and_an_event_in_each(double scale)
    {
        var games = GamesGenerator.Generate(new GamesSpec(Scale: scale));

        games.Venues.Count.ShouldBe(35);
        games.Sports.Count.ShouldBe(32);
        games.Disciplines.ShouldAllBe(d => games.Events.Any(e => e.Discipline == d.Code));
        games.Events.Count.ShouldBeLessThan(329);
        Enum.GetValues<AccreditationCategory>().ShouldAllBe(c => games.Accreditations.Any(a => a.Category == c));
    }

    [Fact]
    public void A_scaled_Games_still_places_each_of_its_units_in_exactly_one_session()
    {
        var games = GamesGenerator.Generate(new GamesSpec(Scale: 0.01));

        games.Sessions.SelectMany(s => s.Units).Order(StringComparer.Ordinal)
            .ShouldBe(games.Units.Select(u => u.Rsc).Order(StringComparer.Ordinal));
        games.Units.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_scale_outside_zero_to_one_is_refused(double scale) =>
        Should.Throw<ArgumentOutOfRangeException>(() => GamesGenerator.Generate(new GamesSpec(Scale: scale)));
}
