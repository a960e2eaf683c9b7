using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Postgres;
using Olympics.Orleans.EventStore.Telemetry;
using Olympics.Orleans.Runtime.Hosting;

namespace Olympics.Orleans.Benchmarks;

/// <summary>A grain runtime wired as the silo wires it (instrumented store, default options), without HTTP.</summary>
internal static class BenchHost
{
    public static async Task<PostgresEventStore> PostgresAsync(string schema)
    {
        var store = new PostgresEventStore(new PostgresEventStoreOptions { ConnectionString = BenchOptions.ConnectionString, Schema = schema });
        await store.InitializeAsync();
        return store;
    }

    public static async Task<ServiceProvider> StartAsync(IEventStore? store = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IEventStore>(new InstrumentedEventStore(store ?? new InMemoryEventStore()))
            .AddGrainRuntime()
            .AddGrains(typeof(BenchCounterGrain).Assembly)
            .BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return services;
    }
}
