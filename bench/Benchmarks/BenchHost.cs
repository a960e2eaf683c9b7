using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Telemetry;
using Olympics.Orleans.GrainInterfaces;
using Olympics.Orleans.Grains.EventSourcing;
using Orleans.Dashboard;
using Orleans.Hosting;
using Orleans.Serialization;

namespace Olympics.Orleans.Benchmarks;

/// <summary>An Orleans silo wired as the silo wires it (instrumented store, default options), without HTTP.</summary>
internal static class BenchHost
{
    public static async Task<MartenEventStore> PostgresAsync(string schema)
    {
        // BENCH_HIGH_WATER_AGENT=off: without Marten's high-water agent in this process (a diagnostic: followers then see nothing).
        // BENCH_APPENDS_PER_COMMIT and BENCH_APPEND_WRITERS: the store's group commit (1 appends alone); its defaults unset.
        var store = new MartenEventStore(new MartenEventStoreOptions
        {
            ConnectionString = BenchOptions.ConnectionString,
            Schema = schema,
            RunHighWaterAgent = Environment.GetEnvironmentVariable("BENCH_HIGH_WATER_AGENT") != "off",
            MaxAppendsPerCommit = IntFromEnvironment("BENCH_APPENDS_PER_COMMIT") ?? MartenEventStoreOptions.DefaultMaxAppendsPerCommit,
            AppendWriters = IntFromEnvironment("BENCH_APPEND_WRITERS") ?? MartenEventStoreOptions.DefaultAppendWriters,
        });
        await store.InitializeAsync();
        return store;
    }

    private static int? IntFromEnvironment(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : null;

    /// <summary>
    /// Starts a silo on free loopback ports with the event store and <paramref name="configure"/>'s services. With
    /// <paramref name="dashboard"/> the silo also hosts the Orleans dashboard as the product's silo does
    /// (src/Silo/Hosting/OrleansHosting.cs), whose grain call filter profiles every call; without it, none.
    /// </summary>
    public static async Task<BenchSilo> StartAsync(IEventStore? store = null, Action<IServiceCollection>? configure = null, bool dashboard = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IEventStore>(new InstrumentedEventStore(store ?? new InMemoryEventStore()));
        builder.Services.AddEventSourcedGrains(typeof(BenchCounterGrain).Assembly);
        configure?.Invoke(builder.Services);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort());
            silo.Services.AddSerializer(serializer => serializer.AddContractTypes());
            if (dashboard)
            {
                silo.AddDashboard();
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A running benchmark silo; disposing it stops it.</summary>
internal sealed class BenchSilo(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public T GetRequiredService<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
