using System.Reflection;
using System.Text.RegularExpressions;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Tests;

/// <summary>Stored names are the contract with the Games' history: every event has one, unique and well-formed.</summary>
public sealed partial class StoredEventNameTests
{
    private static readonly Type[] _eventInterfaces =
        [typeof(IVenueEvent), typeof(Grains.Accreditations.IAccreditationEvent), typeof(Grains.Sessions.ISessionEvent), typeof(Grains.Athletes.IAthleteEvent), typeof(Grains.Odf.IOdfDocumentEvent),
        typeof(Grains.Feeds.IFeedConsumerEvent), typeof(Grains.Feeds.IFeedDeliveryEvent), typeof(Grains.Push.IPushEvent), typeof(Grains.Medals.IMedalsEvent),
        typeof(Grains.Odf.Apply.IOdfApplyEvent), typeof(Grains.Rostering.IRosterInputEvent)];

    [Fact]
    public void Every_event_type_has_a_stored_name()
    {
        var events = typeof(VenueGrain).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && _eventInterfaces.Any(i => i.IsAssignableFrom(t)));

        events.ShouldNotBeEmpty();
        events.Where(t => t.GetCustomAttribute<EventNameAttribute>() is null).ShouldBeEmpty();
    }

    [Fact]
    public void Stored_names_are_unique_lower_case_and_versioned()
    {
        var names = typeof(VenueGrain).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<EventNameAttribute>()?.Name).OfType<string>().ToList();

        names.Distinct().Count().ShouldBe(names.Count);
        names.Where(n => !StoredName().IsMatch(n)).ShouldBeEmpty();
        Should.NotThrow(() => new EventSerializer().RegisterAssemblies(typeof(VenueGrain).Assembly));
    }

    [GeneratedRegex(@"^[a-z]+(\.[a-z-]+)+\.v\d+$")]
    private static partial Regex StoredName();
}
