using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Tests.Venues;

public sealed class VenueKeepAliveTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 26, 17, 30, 0, TimeSpan.Zero);
    private static readonly VenueRegistered _registered = new("STA", "Stade de France", "Europe/Paris", 77000, _at.AddDays(-30));

    private static Venue Given(params IVenueEvent[] events) => events.Aggregate(Venue.Unregistered, Venue.Evolve);

    [Fact]
    public void A_keep_alive_is_recorded_and_shown_in_the_view()
    {
        var events = VenueDecider.Decide(new RecordKeepAlive("SEQ_ATH", _at), Given(_registered));

        events.ShouldBe([new VenueKeepAliveRecorded("SEQ_ATH", _at)]);
        VenueViews.From(Given(_registered, events[0]), 2).LastKeepAlive.ShouldBe(_at);
    }

    [Fact]
    public void A_repeated_or_older_keep_alive_changes_nothing()
    {
        var state = Given(_registered, new VenueKeepAliveRecorded("SEQ_ATH", _at));

        VenueDecider.Decide(new RecordKeepAlive("SEQ_ATH", _at), state).ShouldBeEmpty();
        VenueDecider.Decide(new RecordKeepAlive("SEQ_ATH", _at.AddSeconds(-5)), state).ShouldBeEmpty();
        VenueDecider.Decide(new RecordKeepAlive("SEQ_ATH", _at.AddSeconds(5)), state).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_keep_alive_for_an_unregistered_venue_is_refused() =>
        Should.Throw<CommandRejectedException>(() => VenueDecider.Decide(new RecordKeepAlive("SEQ_ATH", _at), Given()));

    [Theory]
    [InlineData("")]
    [InlineData("SEQ ATH")]
    public void A_keep_alive_from_a_malformed_source_names_the_field(string source) =>
        Should.Throw<InvalidCommandException>(() => VenueDecider.Decide(new RecordKeepAlive(source, _at), Given(_registered))).Field.ShouldBe("source");

    [Fact]
    public void Views_differ_by_their_last_keep_alive()
    {
        var view = VenueViews.From(Given(_registered), 1);

        (view with { LastKeepAlive = _at }).ShouldNotBe(view);
        (view with { LastKeepAlive = _at }).ShouldBe(view with { LastKeepAlive = _at });
    }
}
