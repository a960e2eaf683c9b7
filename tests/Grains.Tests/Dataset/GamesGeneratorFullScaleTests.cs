using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>The full-scale Games has Paris 2024's figures.</summary>
public sealed class GamesGeneratorFullScaleTests
{
    private readonly GamesDataset _games = FullGames.Dataset;

    [Fact]
    public void It_has_32_sports_329_events_and_35_venues()
    {
        _games.Sports.Count.ShouldBe(32);
        _games.Events.Count.ShouldBe(329);
        _games.Venues.Count.ShouldBe(35);
        _games.Venues.Select(v => v.Code).ShouldBeUnique();
        _games.Disciplines.Count.ShouldBeInRange(45, 50);
    }

    [Fact]
    public void Teahupoo_is_in_Tahiti_and_the_others_in_Paris_time()
    {
        _games.Venues.Single(v => v.Code == "TAH").TimeZone.ShouldBe("Pacific/Tahiti");
        _games.Venues.Where(v => v.Code != "TAH").ShouldAllBe(v => v.TimeZone == "Europe/Paris");
    }

    [Fact]
    public void It_has_between_700_and_820_sessions_over_19_days_and_no_day_above_65()
    {
        var perDay = FullGames.Summary.SessionsPerDay;

        _games.Sessions.Count.ShouldBeInRange(700, 820);
        perDay.Count.ShouldBe(19);
        perDay.Keys.Min().ShouldBe(new DateOnly(2024, 7, 24));
        perDay.Keys.Max().ShouldBe(new DateOnly(2024, 8, 11));
        perDay.Values.Max().ShouldBeLessThanOrEqualTo(65);
    }

    [Fact]
    public void It_has_10500_athletes_and_exactly_600000_accreditations_with_unique_8_digit_numbers()
    {
        _games.Athletes.Count.ShouldBe(10_500);
        _games.Accreditations.Count.ShouldBe(600_000);
        _games.Accreditations.ShouldAllBe(a => a.Number >= 10_000_000 && a.Number <= 99_999_999);
        _games.Accreditations.Select(a => a.Number).Distinct().Count().ShouldBe(600_000);
    }

    // Tolerances: volunteers are exact (45,000); media within 5% of 26,000, as sources differ.
    [Fact]
    public void It_has_45000_volunteers_and_about_26000_media()
    {
        var categories = FullGames.Summary.Categories;

        categories[AccreditationCategory.Volunteer].ShouldBe(45_000);
        categories[AccreditationCategory.Media].ShouldBeInRange(24_700, 27_300);
        categories.Values.ShouldAllBe(count => count > 0);
    }

    [Fact]
    public void It_has_about_205_nocs_with_unique_codes()
    {
        _games.Nocs.Count.ShouldBeInRange(200, 210);
        _games.Nocs.Select(n => n.Code).ShouldBeUnique();
        _games.Nocs.ShouldAllBe(n => Codes.Noc(n.Code, "noc") == n.Code);
    }
}
