using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Tests.Support;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Runtime.Hosting;
using Olympics.Orleans.Runtime.Projections;

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
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private SnapshotHarness(ManualTimeProvider time, InMemoryEventStore store, ServiceProvider services)
    {
        (Time, Store, _services) = (time, store, services);
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public ManualTimeProvider Time { get; }

    public InMemoryEventStore Store { get; }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public static FeedConsumer Cis { get; } = new("cis", FeedTier.Cis, new HashSet<string>());

    public static FeedConsumer Feed { get; } = new("media", FeedTier.Feed, new HashSet<string>());

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<SnapshotHarness> StartAsync()
    {
        var time = new ManualTimeProvider();
        var store = new InMemoryEventStore(time);
        var harness = new SnapshotHarness(time, store, new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IEventStore>(store)
            .AddGrainRuntime()
            .AddGrains(typeof(SessionGrain).Assembly)
            .AddSingleton(new FeedEmbargo(Delay))
            .AddResultSnapshots()
            .BuildServiceProvider());
        foreach (var hosted in harness._hosted)
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        }

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

    public Task CaughtUpAsync() => HostedGrains.CaughtUpAsync(_services, Store);

    public ValueTask DisposeAsync() => HostedGrains.StopAsync(_hosted, _services);
}
