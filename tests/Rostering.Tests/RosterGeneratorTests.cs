using Olympics.Orleans.Rostering.Generation;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Tests;

public sealed class RosterGeneratorTests
{
    private static readonly RosterInstance _small = RosterGenerator.Generate(new RosterSpec(Seed: 7, Scale: 0.02));

    [Fact]
    public void The_same_spec_generates_the_same_volunteers_and_shifts()
    {
        var again = RosterGenerator.Generate(new RosterSpec(Seed: 7, Scale: 0.02));

        again.Shifts.ShouldBe(_small.Shifts);
        again.Volunteers.Select(v => (v.Latitude, v.Languages, v.Functions, v.Access, v.Availability.Count))
            .ShouldBe(_small.Volunteers.Select(v => (v.Latitude, v.Languages, v.Functions, v.Access, v.Availability.Count)));
    }

    [Fact]
    public void The_scale_sets_the_counts_and_demand_is_about_three_places_per_shift()
    {
        _small.Volunteers.Count.ShouldBe(900);
        _small.Shifts.Count.ShouldBe(3000);
        ((double)_small.Demand / _small.Shifts.Count).ShouldBeInRange(2.8, 4.0);
    }

    [Fact]
    public void Every_volunteer_is_available_at_least_ten_days_and_lives_within_reach_of_a_venue_they_can_enter()
    {
        foreach (var v in _small.Volunteers)
        {
            v.Availability.Count.ShouldBeGreaterThanOrEqualTo(10);
            _small.Venues.Where((venue, i) => (v.Access & (1UL << i)) != 0)
                .Min(venue => Geo.Km(v, venue)).ShouldBeLessThanOrEqualTo(_small.Policy.MaxTravelKm);
        }
    }

    [Fact]
    public void Shifts_cover_Marseille_Lille_and_Tahiti_and_Tahiti_runs_ten_hours_behind_UTC()
    {
        var codes = _small.Shifts.Select(s => _small.Venues[s.Venue].Code).ToHashSet();
        codes.ShouldContain("MST");
        codes.ShouldContain("PMA");
        var tahiti = _small.Shifts.First(s => _small.Venues[s.Venue].Code == "TAH");
        var paris = _small.Shifts.First(s => _small.Venues[s.Venue].Code == "BCY");

        (tahiti.StartUtc - ((tahiti.Day * 1440L) + tahiti.StartMinute)).ShouldBe(10 * 60);
        (paris.StartUtc - ((paris.Day * 1440L) + paris.StartMinute)).ShouldBe(-2 * 60);
    }
}
