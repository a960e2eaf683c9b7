using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Grains.Venues;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Tests.Venues;

public sealed class VenueGrainTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 26, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_venue_survives_a_new_runtime_because_its_state_is_its_events()
    {
        var store = new InMemoryEventStore();
        await using (var first = await Runtime(store))
        {
            var venue = first.Grains.GetGrain<IVenueGrain>("TAH");
            await venue.RegisterVenueAsync(new RegisterVenue("Teahupo'o", "Pacific/Tahiti", 0, _at));
            await venue.ChangeVenueStatusAsync(new ChangeVenueStatus(VenueStatus.Operational, "swell arriving", _at));
        }

        await using var second = await Runtime(store);
        var again = await second.Grains.GetGrain<IVenueGrain>("TAH").GetVenueAsync();

        again.ShouldBe(new VenueView("TAH", "Teahupo'o", "Pacific/Tahiti", 0, VenueStatus.Operational, 2));
        (await store.ReadStreamAsync("venue-TAH").ToArrayAsync()).Select(e => e.Type).ShouldBe(["venue.registered.v1", "venue.status-changed.v1"]);
    }

    private static Task<TestSilo> Runtime(IEventStore store) => TestSilo.StartAsync(services => services.AddSingleton(store));
}
