using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>The real grains on an Orleans silo over a fresh PostgreSQL schema, with the Stade de France (Europe/Paris) registered.</summary>
internal sealed class GamesOnPostgres : IAsyncDisposable
{
    public static readonly DateTimeOffset At = new(2024, 8, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSilo _silo;

    private GamesOnPostgres(string schema, MartenEventStore store, TestSilo silo) => (Schema, Store, _silo) = (schema, store, silo);

    public string Schema { get; }

    public MartenEventStore Store { get; }

    public IGrainFactory Grains => _silo.Grains;

    public static async Task<GamesOnPostgres> StartAsync()
    {
        var schema = TestPostgres.NewSchemaName();
        var store = MartenTestStores.Create(schema);
        await store.InitializeAsync();
        var games = new GamesOnPostgres(schema, store, await TestSilo.StartAsync(services => services.AddSingleton<IEventStore>(store)));

        await games.Grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, At));
        return games;
    }

    /// <summary>Runs the tool against this schema.</summary>
    public Task<ReplayRun> RunAsync(params string[] args) => ReplayRun.RunAsync([.. args, .. ReplayRun.Store(Schema)]);

    /// <summary>A moment strictly between the commits before and after it.</summary>
    public static async Task<DateTimeOffset> PauseAsync()
    {
        await Task.Delay(30, TestContext.Current.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(30, TestContext.Current.CancellationToken);
        return now;
    }

    /// <summary>A view as the silo's API serializes it, to compare with state-at's JSON.</summary>
    public static JsonNode Json(object view) => JsonSerializer.SerializeToNode(view, view.GetType(), EventSerializer.JsonOptions)!;

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync();
        await Store.DisposeAsync();
    }
}
