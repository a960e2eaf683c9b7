using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>An in-memory store on a manual clock, with ODF messages stored as the document grain stores them.</summary>
internal sealed class FeedStore
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public FeedStore() => Store = new InMemoryEventStore(Time);

    public ManualTimeProvider Time { get; } = new();

    public InMemoryEventStore Store { get; }

    public EventSerializer Serializer { get; } = new EventSerializer().RegisterAssemblies(typeof(FeedReader).Assembly);

    /// <summary>A feed hub over this store and clock, started; dispose it to stop the hub.</summary>
    public async Task<FeedHubHarness> StartHubAsync()
    {
        var hub = FeedHubHarness.On(Store, Time);
        await hub.StartAsync();
        return hub;
    }

    public FeedSnapshots Snapshots => new(Store, Serializer, Time, new FeedEmbargo(Delay));

    public static FeedConsumer Consumer(FeedTier tier, params string[] disciplines) => new("test", tier, disciplines.ToHashSet());

    public static OdfHeader Header(int version, string code = "ATHM100M--------------FNL-0001----", string day = "2024-08-04") =>
        new("OG2024", code, null, "DT_RESULT", null, version, "LIVE", "ENG", "P", new DateOnly(2024, 8, 4), new TimeOnly(21, 55), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), "SEQ_ATH");

    public async Task<GlobalPosition> StoreAsync(OdfHeader header, bool withdrawal = false)
    {
        object @event = withdrawal
            ? new OdfDocumentWithdrawn(header, $"<OdfBody Version=\"{header.Version}\"/>", Time.GetUtcNow())
            : new OdfDocumentReceived(header, $"<OdfBody Version=\"{header.Version}\"/>", Time.GetUtcNow());
        var (type, data) = Serializer.Serialize(@event);
        var result = await Store.AppendAsync($"odf-{header.DocumentKey}", ExpectedVersion.Any, [EventData.Create(type, data)], TestContext.Current.CancellationToken);
        return result.LastPosition;
    }
}

