using Npgsql;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Telemetry;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Silo.Hosting.Clustering;

namespace Olympics.Orleans.Silo.Hosting;

internal static class EventStoreRegistration
{
    public static void AddEventStore(this IServiceCollection services, StoreSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Kind == StoreSettings.Memory)
        {
            services.AddSingleton(sp => new InMemoryEventStore(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IEventStore>(sp => new InstrumentedEventStore(sp.GetRequiredService<InMemoryEventStore>()));
            services.AddSingleton<IReadModelStore>(sp => new InMemoryReadModelStore(sp.GetRequiredService<TimeProvider>()));
            return;
        }

        services.AddSingleton(_ => CreateMarten(settings));
        services.AddSingleton<IEventStore>(sp => new InstrumentedEventStore(sp.GetRequiredService<MartenEventStore>()));
        services.AddSingleton<IReadModelStore>(_ => new PostgresReadModelStore(new() { ConnectionString = settings.ConnectionString!, Schema = settings.Schema }));
    }

    private static MartenEventStore CreateMarten(StoreSettings settings)
    {
        try
        {
            return new MartenEventStore(new MartenEventStoreOptions
            {
                ConnectionString = settings.ConnectionString!,
                Schema = settings.Schema,
                FastPolling = settings.FastPolling ?? MartenEventStoreOptions.DefaultFastPolling,
                MaxAppendsPerCommit = settings.MaxAppendsPerCommit ?? MartenEventStoreOptions.DefaultMaxAppendsPerCommit,
                AppendWriters = settings.AppendWriters ?? MartenEventStoreOptions.DefaultAppendWriters,
                // The results' readers in other silos (the results streams' queues) wait for these.
                AnnouncedCategories = [FeedMessages.Category],
            });
        }
        catch (ArgumentException e)
        {
            throw new SiloStartupException($"the event store settings are invalid: {e.Message}", e);
        }
    }

    /// <summary>Creates or migrates the store before the silo takes traffic; a failure is one line, not a stack trace.</summary>
    public static async Task InitializeSiloAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<StoreSettings>();
        app.Services.StartSiloTelemetry();
        try
        {
            await app.Services.GetRequiredService<IEventStore>().InitializeAsync(app.Lifetime.ApplicationStopping);
            await ClusteringHosting.ApplyMembershipSchemaAsync(app.Services, app.Lifetime.ApplicationStopping);
            if (app.Services.GetRequiredService<IReadModelStore>() is PostgresReadModelStore readModels)
            {
                await readModels.InitializeAsync(app.Lifetime.ApplicationStopping);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new SiloStartupException($"{settings.Describe()} is unreachable or refused the connection: {Innermost(e).Message}", e);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner && e is not PostgresException ? Innermost(inner) : e;
}
