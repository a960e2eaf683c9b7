using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>A small Games history in a schema of its own: accreditations (some changed later), athletes, venues, sessions.</summary>
internal sealed class RebuildHistory : IAsyncDisposable
{
    private static readonly DateTimeOffset At = new(2024, 7, 20, 8, 0, 0, TimeSpan.Zero);

    private RebuildHistory(string schema, MartenEventStore events, PostgresReadModelStore readModels)
    {
        (Schema, Events, ReadModels) = (schema, events, readModels);
    }

    public string Schema { get; }

    public MartenEventStore Events { get; }

    public PostgresReadModelStore ReadModels { get; }

    public static EventSerializer Serializer { get; } = new EventSerializer().RegisterAssemblies(typeof(VenueGrain).Assembly);

    public static async Task<RebuildHistory> CreateAsync(int accreditations)
    {
        var schema = TestPostgres.NewSchemaName();
        var options = new PostgresReadModelStoreOptions { ConnectionString = TestPostgres.ConnectionString, Schema = schema };
        var history = new RebuildHistory(schema, MartenTestStores.Create(schema), new PostgresReadModelStore(options));
        await history.Events.InitializeAsync();
        await history.ReadModels.InitializeAsync();
        await history.Events.BulkAppendAsync([.. Enumerable.Range(1, accreditations).Select(i => new StreamImport($"accreditation-{i:D8}", Accreditation(i)))]);
        await history.Events.BulkAppendAsync([
            new("venue-STA", [Data(new VenueRegistered("STA", "Stade de France", "Europe/Paris", 77000, At))]),
            new("athlete-A1", [Data(new AthleteRegistered("A1", "FRA", "Marie", "Curie", AthleteGender.Female, new DateOnly(2000, 1, 2), "ATH", "00000001", At))]),
            new("session-ATH01", [Data(new SessionScheduled("ATH01", "ATH", "STA", "Europe/Paris", "Morning", At.AddDays(5), At.AddDays(5).AddHours(3),
                [new PlannedUnit("ATHM100M--------------HEAT000100--", "Heat 1", At.AddDays(5))], At))]),
        ]);
        return history;
    }

    /// <summary>More changes to existing accreditations, as silos would append while a rebuild runs.</summary>
    public async Task<GlobalPosition> ChangeAsync(int from, int count, string reason)
    {
        var last = GlobalPosition.Start;
        for (var i = from; i < from + count; i++)
        {
            var id = $"accreditation-{i:D8}";
            var version = await Events.GetStreamVersionAsync(id);
            last = (await Events.AppendAsync(id, version, [Data(new PrivilegesChanged(new Privileges(["STA", "BCY"], [i % 9], "T1", false), reason, At.AddHours(1)))])).LastPosition;
        }

        return last;
    }

    public async ValueTask DisposeAsync()
    {
        await ReadModels.DisposeAsync();
        await Events.DisposeAsync();
    }

    private static EventData[] Accreditation(int i)
    {
        var number = $"{i:D8}";
        List<EventData> events = [Data(new AccreditationImported(number, $"Person {i}", (AccreditationCategory)(i % 3), "EP", i % 2 == 0 ? "FRA" : "KEN", null,
            new DateOnly(2024, 7, 1), new DateOnly(2024, 8, 15), new Privileges(["STA"], [1, 2], null, i % 4 == 0), "import", At))];
        if (i % 5 == 0)
        {
            events.Add(Data(new AccreditationSuspended("lost card", At.AddMinutes(i))));
        }

        return [.. events];
    }

    private static EventData Data(object @event)
    {
        var (type, json) = Serializer.Serialize(@event);
        return EventData.Create(type, json, new EventMetadata("corr", null, "test:rebuild", null));
    }
}
