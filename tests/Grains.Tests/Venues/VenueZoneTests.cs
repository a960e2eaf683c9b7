using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Tests.Venues;

public sealed class VenueZoneTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 26, 17, 30, 0, TimeSpan.Zero);
    private static readonly VenueRegistered _registered = new("STA", "Stade de France", "Europe/Paris", 77000, _at);

    private static Venue Given(params IVenueEvent[] events) => events.Aggregate(Venue.Unregistered, Venue.Evolve);

    [Fact]
    public void Defined_zones_are_kept_in_number_order()
    {
        var state = Given(_registered, new VenueZoneDefined(4, "VIP lounge", _at), new VenueZoneDefined(1, "Field of play", _at));

        state.Zones.ShouldBe([new VenueZone(1, "Field of play"), new VenueZone(4, "VIP lounge")]);
    }

    [Fact]
    public void Defining_a_zone_records_it_with_a_trimmed_name() =>
        VenueDecider.Decide(new DefineZone(1, " Field of play ", _at), Given(_registered)).ShouldBe([new VenueZoneDefined(1, "Field of play", _at)]);

    [Fact]
    public void Defining_the_same_zone_again_changes_nothing_and_another_name_renames_it()
    {
        var state = Given(_registered, new VenueZoneDefined(1, "Field of play", _at));

        VenueDecider.Decide(new DefineZone(1, "Field of play", _at), state).ShouldBeEmpty();
        state.Apply(VenueDecider.Decide(new DefineZone(1, "Track", _at), state)).Zones.ShouldBe([new VenueZone(1, "Track")]);
    }

    [Fact]
    public void Removing_a_zone_drops_it_and_removing_it_again_changes_nothing()
    {
        var state = Given(_registered, new VenueZoneDefined(1, "Field of play", _at));
        state = state.Apply(VenueDecider.Decide(new RemoveZone(1, _at), state));

        state.Zones.ShouldBeEmpty();
        VenueDecider.Decide(new RemoveZone(1, _at), state).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, "Field", "number")]
    [InlineData(1000, "Field", "number")]
    [InlineData(1, " ", "name")]
    public void A_malformed_zone_names_the_field(int number, string name, string field) =>
        Should.Throw<InvalidCommandException>(() => VenueDecider.Decide(new DefineZone(number, name, _at), Given(_registered))).Field.ShouldBe(field);

    [Fact]
    public void Zones_of_a_venue_never_registered_are_refused() =>
        Should.Throw<CommandRejectedException>(() => VenueDecider.Decide(new DefineZone(1, "Field", _at), Given())).Message.ShouldBe("The venue is not registered.");

    [Fact]
    public void Views_compare_their_zones_by_value() =>
        VenueViews.From(Given(_registered, new VenueZoneDefined(1, "Field", _at)), 2)
            .ShouldBe(new VenueView("STA", "Stade de France", "Europe/Paris", 77000, VenueStatus.Planned, 2) { Zones = [new VenueZone(1, "Field")] });
}

internal static class VenueTestExtensions
{
    public static Venue Apply(this Venue state, IEnumerable<IVenueEvent> events) => events.Aggregate(state, Venue.Evolve);
}
