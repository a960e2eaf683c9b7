using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Feeds.Streams;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>The <c>Feeds</c> settings apart from the consumers.</summary>
internal sealed class FeedOptions
{
    private static readonly TimeSpan _maxRevocationCheck = TimeSpan.FromMilliseconds(500);

    /// <summary>The embargo of tier Feed after a message is stored (Paris: 2 s after CIS).</summary>
    public TimeSpan FeedDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far behind its tier's live edge a live stream may fall (the age of the last message it was sent, counted
    /// from when its tier could first see it) before the silo closes it with a resume hint; the subscriber then catches
    /// up from the log at its own pace. A stream still catching up from an earlier position is not live until it first
    /// comes within this lag.
    /// </summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle SSE connection gets a comment line.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an open stream checks that its key is still valid; at most 500 ms.</summary>
    public TimeSpan RevocationCheckInterval { get; set; } = _maxRevocationCheck;

    /// <summary>Open SSE connections per key.</summary>
    public int MaxConnectionsPerKey { get; set; } = 4;

    /// <summary>Snapshot requests per key and second.</summary>
    public int SnapshotRequestsPerSecond { get; set; } = 20;

    /// <summary>How long the feed hub keeps messages in memory after they were stored; longer than the embargo.</summary>
    public TimeSpan WindowDuration { get; set; } = FeedWindowSettings.Default.Duration;

    /// <summary>The most messages the feed hub keeps in memory.</summary>
    public int WindowMessages { get; set; } = FeedWindowSettings.Default.MaxMessages;

    /// <summary>FEED messages out of embargo go out together on this grid of the clock (fewer wake-ups and writes); zero for each at once.</summary>
    public TimeSpan FeedReleaseInterval { get; set; } = FeedWindowSettings.Default.FeedReleaseInterval;

    /// <summary>The fraction of SSE and WebSocket subscribers (per tier, at least one) whose deliveries are recorded.</summary>
    public double DeliverySampleRate { get; set; } = FeedDeliverySettings.Default.SampleRate;

    /// <summary>Delivery records waiting to be appended; more are dropped and counted.</summary>
    public int DeliveryQueueCapacity { get; set; } = FeedDeliverySettings.Default.QueueCapacity;

    /// <summary>How long delivery records gather before they are appended.</summary>
    public TimeSpan DeliveryFlushInterval { get; set; } = FeedDeliverySettings.Default.FlushInterval;

    /// <summary>Delivery records appended at most per append (each append is a transaction that holds back every reader of the store).</summary>
    public int DeliveryBatchSize { get; set; } = FeedDeliverySettings.Default.BatchSize;

    /// <summary>Queues the results streams are spread over (Orleans' balancer spreads their readers over the silos).</summary>
    public int StreamQueues { get; set; } = new ResultStreamOptions().Queues;

    /// <summary>Messages each results queue keeps for Orleans' stream subscribers; older positions are read from the log.</summary>
    public int StreamCacheSize { get; set; } = new ResultStreamOptions().CacheSize;

    /// <summary>A silo's hub that has received nothing from the results stream for this long compares with the log and reads what is missing.</summary>
    public TimeSpan StreamCheckInterval { get; set; } = new ResultStreamOptions().CheckInterval;

    /// <summary>Messages of a results stream Orleans hands a silo's hub in one call when that many are waiting.</summary>
    public int StreamDeliveryBatch { get; set; } = new ResultStreamOptions().DeliveryBatch;

    public ResultStreamOptions Streams => new()
    {
        Queues = StreamQueues, CacheSize = StreamCacheSize, CheckInterval = StreamCheckInterval, DeliveryBatch = StreamDeliveryBatch,
    };

    public FeedWindowSettings Window => new(WindowDuration, WindowMessages, FeedReleaseInterval);

    public FeedDeliverySettings Delivery => new(DeliverySampleRate, DeliveryQueueCapacity, DeliveryBatchSize, DeliveryFlushInterval);

    public static FeedOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Feeds").Get<FeedOptions>() ?? new FeedOptions();
        Require(options.FeedDelay >= TimeSpan.Zero, "Feeds:FeedDelay must not be negative.");
        Require(options.HeartbeatInterval > TimeSpan.Zero, "Feeds:HeartbeatInterval must be positive.");
        Require(options.MaxLag > TimeSpan.Zero, "Feeds:MaxLag must be positive.");
        Require(options.RevocationCheckInterval > TimeSpan.Zero && options.RevocationCheckInterval <= _maxRevocationCheck,
            "Feeds:RevocationCheckInterval must be positive and at most 00:00:00.5 (a revoked key stops within 1 s).");
        Require(options.MaxConnectionsPerKey > 0, "Feeds:MaxConnectionsPerKey must be positive.");
        Require(options.SnapshotRequestsPerSecond > 0, "Feeds:SnapshotRequestsPerSecond must be positive.");
        Require(options.WindowDuration > options.FeedDelay + options.FeedReleaseInterval,
            "Feeds:WindowDuration must be longer than Feeds:FeedDelay and Feeds:FeedReleaseInterval together (FEED reads messages from the window).");
        Require(options.WindowMessages > 0, "Feeds:WindowMessages must be positive.");
        Require(options.FeedReleaseInterval >= TimeSpan.Zero && options.FeedReleaseInterval <= TimeSpan.FromSeconds(1),
            "Feeds:FeedReleaseInterval must be between 0 and 00:00:01.");
        Require(options.DeliverySampleRate is >= 0 and <= 1, "Feeds:DeliverySampleRate must be between 0 (record none) and 1 (record every subscriber).");
        Require(options.DeliveryQueueCapacity > 0, "Feeds:DeliveryQueueCapacity must be positive.");
        Require(options.DeliveryFlushInterval > TimeSpan.Zero, "Feeds:DeliveryFlushInterval must be positive.");
        Require(options.DeliveryBatchSize > 0, "Feeds:DeliveryBatchSize must be positive.");
        Require(options.StreamQueues is > 0 and <= 256, "Feeds:StreamQueues must be between 1 and 256.");
        Require(options.StreamCacheSize > 0, "Feeds:StreamCacheSize must be positive.");
        Require(options.StreamCheckInterval > TimeSpan.Zero, "Feeds:StreamCheckInterval must be positive.");
        Require(options.StreamDeliveryBatch > 0, "Feeds:StreamDeliveryBatch must be positive.");
        return options;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new SiloStartupException(message);
        }
    }
}
