using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Silo.Simulation;

namespace Olympics.Orleans.Replay.Tests.ReplayDay;

/// <summary>
/// The original silo: two sessions of a simulated day scheduled, and the day's plan played to it over about
/// <see cref="PlayedOver"/> of wall-clock time, so its stored timestamps have a span that a replay must keep.
/// </summary>
public sealed class ReplayDayFixture : IAsyncLifetime
{
    public static readonly DateOnly Day = new(2024, 7, 28);

    public static readonly TimeSpan PlayedOver = TimeSpan.FromSeconds(4);

    private static readonly GamesDataset _games = GamesGenerator.Generate(new GamesSpec(2024, 0.2));

    internal IReadOnlyList<CompetitionSession> Sessions { get; } = VenueDaySimulator.SessionsOn(_games, Day).Take(2).ToList();

    internal SimulationPlan Plan { get; private set; } = null!;

    internal TargetSilo Original { get; private set; } = null!;

    public static string KeyOf(string source) => $"rehearsal-key-of-{source}";

    public async ValueTask InitializeAsync()
    {
        Plan = VenueDaySimulator.Plan(_games, Sessions,
            new SimulationOptions(Seed: 7, LiveUpdates: 2, CurrentsPerLive: 1, KeepAliveEverySeconds: 60, CorrectionRate: 0.5, DuplicateRate: 0.5));
        Original = await TargetSilo.StartAsync(Plan.Sources, KeyOf);
        await ScheduleAsync(Original.Service<IGrainFactory>());
        var speed = Plan.Duration / PlayedOver;
        var report = await new OdfPlayer(Original.Http, KeyOf, new PlayerOptions(speed, Concurrency: 4, RetryEverySeconds: 0.05, MaxAttempts: 3), TimeProvider.System)
            .PlayAsync(Plan, null, TestContext.Current.CancellationToken);
        report.AllAcknowledged.ShouldBeTrue();
        await SettledAsync(Original);
    }

    /// <summary>
    /// Waits until every committed ODF event of the silo is readable in global order. Another test's open transaction
    /// anywhere on the server holds the readable horizon back for a moment (by design), so a read right after the
    /// writes (the command's own, or the comparisons below) could see less; once passed, the horizon stays passed.
    /// </summary>
    internal static async Task SettledAsync(TargetSilo silo)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {silo.Schema}.mt_events WHERE stream_id LIKE 'odf-%'", connection);
        var committed = (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        var store = silo.Service<IEventStore>();
        for (var i = 0; i < 1000; i++)
        {
            if (await store.ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: 1_000_000), TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken) >= committed)
            {
                return;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The ODF events of schema {silo.Schema} did not become readable within 20 s.");
    }

    public async ValueTask DisposeAsync() => await Original.DisposeAsync();

    /// <summary>Each ODF document of a silo's store: its last stored event's type, version and XML.</summary>
    internal static async Task<SortedDictionary<string, (string Type, int Version, string Xml)>> DocumentsAsync(TargetSilo silo)
    {
        await SettledAsync(silo);
        var (store, serializer) = (silo.Service<IEventStore>(), silo.Service<EventSerializer>());
        var documents = new SortedDictionary<string, (string, int, string)>(StringComparer.Ordinal);
        await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: 1_000_000), TestContext.Current.CancellationToken))
        {
            documents[stored.StreamId] = serializer.Deserialize(stored.Type, stored.Data) switch
            {
                OdfDocumentReceived r => (stored.Type, r.Header.Version, r.Xml),
                OdfDocumentWithdrawn w => (stored.Type, w.Header.Version, w.Xml),
                var other => throw new InvalidOperationException($"Unexpected {other.GetType()} in {stored.StreamId}."),
            };
        }

        return documents;
    }

    private async Task ScheduleAsync(IGrainFactory grains)
    {
        var at = Sessions[0].Start.AddDays(-20);
        var units = _games.Units.ToDictionary(u => u.Rsc);
        foreach (var session in Sessions)
        {
            var venue = _games.Venues.Single(v => v.Code == session.Venue);
            await grains.GetGrain<IVenueGrain>(venue.Code).RegisterVenueAsync(new RegisterVenue(venue.Name, venue.TimeZone, venue.Capacity, at));
            await grains.GetGrain<ISessionGrain>(session.Code).ScheduleSessionAsync(new ScheduleSession(session.Discipline, session.Venue, session.Code,
                session.Start, session.End, [.. session.Units.Select(u => new PlannedUnit(u, units[u].Name, units[u].Start))], at));
        }
    }
}
