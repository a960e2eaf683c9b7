using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Tests.Support;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.Venues;
using Olympics.Orleans.Runtime.Hosting;
using Olympics.Orleans.Runtime.Projections;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Grains and read models on an in-memory store, with Teahupo'o (UTC-10) and the Stade de France (UTC+2) registered.</summary>
internal sealed class GamesHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset At = new(2024, 7, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private GamesHarness(InMemoryEventStore store, ServiceProvider services)
    {
        Store = store;
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public InMemoryEventStore Store { get; }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<GamesHarness> StartAsync()
    {
        var store = new InMemoryEventStore();
        var harness = new GamesHarness(store, new ServiceCollection()
            .AddLogging()
            .AddSingleton<IEventStore>(store)
            .AddGrainRuntime()
            .AddGrains(typeof(SessionGrain).Assembly)
            .AddProjection<SessionCatalog>()
            .AddProjection<AthleteDirectory>()
            .AddProjection<VenueDirectory>()
            .BuildServiceProvider());
        foreach (var hosted in harness._hosted)
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        }

        await harness.Grains.GetGrain<IVenueGrain>("TAH").RegisterVenueAsync(new RegisterVenue("Teahupo'o", "Pacific/Tahiti", 0, At));
        await harness.Grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, At));
        return harness;
    }

    /// <summary>Waits until every read model has applied the last event of its category.</summary>
    public Task CaughtUpAsync() => HostedGrains.CaughtUpAsync(_services, Store);

    public ValueTask DisposeAsync() => HostedGrains.StopAsync(_hosted, _services);
}
