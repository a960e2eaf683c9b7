using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Tests.Venues;

/// <summary>Given events, when a command, then events or the refusal.</summary>
public sealed class VenueDeciderTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 26, 17, 30, 0, TimeSpan.Zero);
    private static readonly VenueRegistered _registered = new("STA", "Stade de France", "Europe/Paris", 77000, _at);

    private static Venue Given(params IVenueEvent[] events) => events.Aggregate(Venue.Unregistered, Venue.Evolve);

    [Fact]
    public void Registering_a_new_venue_records_it_in_the_planned_status()
    {
        var events = VenueDecider.Decide("STA", new RegisterVenue(" Stade de France ", "Europe/Paris", 77000, _at), Given());

        events.ShouldBe([_registered]);
        Given(_registered).Status.ShouldBe(VenueStatus.Planned);
    }

    [Fact]
    public void Registering_again_with_the_same_details_changes_nothing() =>
        VenueDecider.Decide("STA", new RegisterVenue("Stade de France", "Europe/Paris", 77000, _at), Given(_registered)).ShouldBeEmpty();

    [Fact]
    public void Registering_again_with_other_details_is_refused() =>
        Should.Throw<CommandRejectedException>(() => VenueDecider.Decide("STA", new RegisterVenue("Other", "Europe/Paris", 1, _at), Given(_registered)))
            .Message.ShouldContain("already registered");

    [Theory]
    [InlineData("st", "Name", "Europe/Paris", 1, "code")]
    [InlineData("STA", "", "Europe/Paris", 1, "name")]
    [InlineData("STA", "Name", "UTC", 1, "timeZone")]
    [InlineData("STA", "Name", "Europe/Atlantis", 1, "timeZone")]
    [InlineData("STA", "Name", "Pacific/Tahiti", -1, "capacity")]
    public void A_malformed_registration_names_the_field(string code, string name, string zone, int capacity, string field) =>
        Should.Throw<InvalidCommandException>(() => VenueDecider.Decide(code, new RegisterVenue(name, zone, capacity, _at), Given()))
            .Field.ShouldBe(field);

    [Fact]
    public void A_status_change_records_from_and_to_with_the_reason()
    {
        var events = VenueDecider.Decide(new ChangeVenueStatus(VenueStatus.Operational, "gates open", _at), Given(_registered));

        events.ShouldBe([new VenueStatusChanged(VenueStatus.Planned, VenueStatus.Operational, "gates open", _at)]);
        Given(_registered, events[0]).Status.ShouldBe(VenueStatus.Operational);
    }

    [Fact]
    public void Changing_to_the_current_status_changes_nothing() =>
        VenueDecider.Decide(new ChangeVenueStatus(VenueStatus.Planned, "again", _at), Given(_registered)).ShouldBeEmpty();

    [Fact]
    public void Changing_the_status_of_an_unregistered_venue_is_refused() =>
        Should.Throw<CommandRejectedException>(() => VenueDecider.Decide(new ChangeVenueStatus(VenueStatus.Closed, "storm", _at), Given()));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_status_change_without_a_reason_is_refused(string reason) =>
        Should.Throw<InvalidCommandException>(() => VenueDecider.Decide(new ChangeVenueStatus(VenueStatus.Closed, reason, _at), Given(_registered)))
            .Field.ShouldBe("reason");

    [Fact]
    public void An_undefined_status_is_refused() =>
        Should.Throw<InvalidCommandException>(() => VenueDecider.Decide(new ChangeVenueStatus((VenueStatus)42, "x", _at), Given(_registered)))
            .Field.ShouldBe("status");
}
