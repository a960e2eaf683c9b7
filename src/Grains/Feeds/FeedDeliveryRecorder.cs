using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Records sampled SSE and WebSocket deliveries (<see cref="FeedDelivered"/>), appended in the background in batches,
/// one <see cref="FeedDeliveriesRecorded"/> event each, to "delivery-{silo}-{yyyyMMddHH}" streams (this silo instance
/// is their only writer). Recording never waits: a full queue drops the record and counts it. On stop the queue is
/// closed and everything it accepted is written (one attempt per batch), so an accepted record is never lost to a
/// clean shutdown.
/// </summary>
public sealed partial class FeedDeliveryRecorder(
    IEventStore store, EventSerializer serializer, FeedDeliverySettings settings, TimeProvider time, ILogger<FeedDeliveryRecorder> logger)
    : BackgroundService
{
    /// <summary>The stream category of delivery records.</summary>
    public const string Category = "delivery";

    private static readonly TimeSpan _retry = TimeSpan.FromSeconds(1);
    private readonly Channel<FeedDelivered> _queue = Channel.CreateBounded<FeedDelivered>(
        new BoundedChannelOptions(settings.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly List<FeedDelivered> _batch = new(settings.BatchSize);
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly FeedDeliverySampler _sampler = new(settings.SampleRate);
    private long _dropped;
    private long _unreported;

    /// <summary>This silo instance's name in its stream ids: the machine and a random part new at every start.</summary>
    public string SiloInstance { get; } = $"{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Records dropped since the start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The stream of a silo instance's records delivered in the hour of <paramref name="at"/> (UTC).</summary>
    public static string StreamOf(string siloInstance, DateTimeOffset at) =>
        $"{Category}-{siloInstance}-{at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture)}";

    /// <summary>A new subscriber: whether its deliveries are recorded. Dispose the answer when the subscriber closes.</summary>
    public FeedDeliverySample Join(FeedConsumer consumer, string transport)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        return new FeedDeliverySample(this, consumer, transport, _sampler.Join(consumer.Tier));
    }

    internal void Leave(FeedTier tier, bool sampled) => _sampler.Leave(tier, sampled);

    internal void Record(IReadOnlyList<FeedEntry> delivered, FeedConsumer consumer, string transport, DateTimeOffset at)
    {
        foreach (var entry in delivered)
        {
            var message = entry.Message;
            var record = new FeedDelivered(message.Token, message.DocumentKey, message.Header.Version, consumer.Tier, consumer.Name, transport, message.StoredAt, at);
            if (!_queue.Writer.TryWrite(record))
            {
                Interlocked.Increment(ref _dropped);
                Interlocked.Increment(ref _unreported);
                FeedTelemetry.DeliveriesDropped.Add(1);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Let records gather, so each append carries many.
                await Task.Delay(settings.FlushInterval, time, stoppingToken);
                while (Fill())
                {
                    await AppendWithRetriesAsync(stoppingToken);
                }

                ReportDrops();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    /// <summary>Stops the background appends, closes the queue and writes every record it accepted.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Here rather than at the end of ExecuteAsync, which may not have started at all when the host stops at once.
        await base.StopAsync(cancellationToken);
        _queue.Writer.TryComplete();
        // A batch whose append failed and whose retry the stop cut short goes first and alone: an attempt is taken for
        // committed when its stream has grown by one event, which holds only if it is retried with the same records.
        while (_batch.Count > 0 || Fill())
        {
            try
            {
                await AppendAsync();
            }
            catch (Exception e)
            {
                LogLostAtStop(e, _batch.Count);
                _batch.Clear();
            }
        }

        ReportDrops();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed delivery records dropped: {Dropped} more, {Total} since the start (the recorder's queue was full)")]
    private partial void LogDropped(long dropped, long total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Appending {Count} feed delivery records failed; trying again in {Retry}")]
    private partial void LogAppendFailed(Exception exception, int count, TimeSpan retry);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} feed delivery records could not be written while the silo stopped")]
    private partial void LogLostAtStop(Exception exception, int count);
}
