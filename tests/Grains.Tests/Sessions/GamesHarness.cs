using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Tests.Support;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.Venues;
using Olympics.Orleans.Grains.EventSourcing;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Grains and read models on an in-memory store, with Teahupo'o (UTC-10) and the Stade de France (UTC+2) registered.</summary>
internal sealed class GamesHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset At = new(2024, 7, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSilo _silo;

    private GamesHarness(InMemoryEventStore store, TestSilo silo) => (Store, _silo) = (store, silo);

    public InMemoryEventStore Store { get; }

    public IGrainFactory Grains => _silo.Grains;

    public T Get<T>() where T : notnull => _silo.Get<T>();

    public static async Task<GamesHarness> StartAsync()
    {
        var store = new InMemoryEventStore();
        var harness = new GamesHarness(store, await TestSilo.StartAsync(services => services
            .AddSingleton<IEventStore>(store)
            .AddProjection<SessionCatalog>()
            .AddProjection<AthleteDirectory>()
            .AddProjection<VenueDirectory>()));

        await harness.Grains.GetGrain<IVenueGrain>("TAH").RegisterVenueAsync(new RegisterVenue("Teahupo'o", "Pacific/Tahiti", 0, At));
        await harness.Grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, At));
        return harness;
    }

    /// <summary>Waits until every read model has applied the last event of its category.</summary>
    public Task CaughtUpAsync() => HostedGrains.CaughtUpAsync(_silo.Services, Store);

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
