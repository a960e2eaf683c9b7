using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Tests.Support;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.EventSourcing;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>
/// Grains, the snapshot readers and their read models on an in-memory store whose clock the test moves: stored times
/// are exact, so embargo edges can be tested to the millisecond.
/// </summary>
internal sealed class SnapshotHarness : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    public const string Final = "ATHM100M--------------FNL-000100--";
    public const string Heat = "ATHM100M--------------HEAT000100--";
    private readonly TestSilo _silo;

    private SnapshotHarness(ManualTimeProvider time, InMemoryEventStore store, TestSilo silo) => (Time, Store, _silo) = (time, store, silo);

    public ManualTimeProvider Time { get; }

    public InMemoryEventStore Store { get; }

    public IGrainFactory Grains => _silo.Grains;

    public static FeedConsumer Cis { get; } = new("cis", FeedTier.Cis, new HashSet<string>());

    public static FeedConsumer Feed { get; } = new("media", FeedTier.Feed, new HashSet<string>());

    public T Get<T>() where T : notnull => _silo.Get<T>();

    public static async Task<SnapshotHarness> StartAsync()
    {
        var time = new ManualTimeProvider();
        var store = new InMemoryEventStore(time);
        var harness = new SnapshotHarness(time, store, await TestSilo.StartAsync(services => services
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IEventStore>(store)
            .AddSingleton(new FeedEmbargo(Delay))
            .AddResultSnapshots()));

        await harness.Grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, time.GetUtcNow()));
        return harness;
    }

    /// <summary>Schedules ATH01 with a heat and the final, and waits for the read models.</summary>
    public async Task ScheduleAsync(string code = "ATH01")
    {
        var start = new DateTimeOffset(2024, 8, 4, 19, 0, 0, TimeSpan.FromHours(2));
        await Grains.GetGrain<ISessionGrain>(code).ScheduleSessionAsync(new ScheduleSession("ATH", "STA", "Men's 100m", start, start.AddHours(3),
            [new PlannedUnit(Heat, "Heat 1", start), new PlannedUnit(Final, "Final", start.AddHours(1))], Time.GetUtcNow()));
        await CaughtUpAsync();
    }

    /// <summary>Stores one ODF message through its document grain, at the clock's time, and waits for the read models.</summary>
    public async Task<OdfReceipt> PostAsync(string xml)
    {
        var message = OdfMessageParser.Parse(Encoding.UTF8.GetBytes(xml));
        var receipt = await Grains.GetGrain<IOdfDocumentGrain>(message.Header.DocumentKey).ReceiveMessageAsync(message.ToCommand(Time.GetUtcNow()));
        await CaughtUpAsync();
        return receipt;
    }

    public Task CaughtUpAsync() => HostedGrains.CaughtUpAsync(_silo.Services, Store);

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
