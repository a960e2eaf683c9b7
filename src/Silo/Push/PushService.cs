using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Push;

namespace Olympics.Orleans.Silo.Push;

/// <summary>Runs one <see cref="PartnerPusher"/> per configured partner; a pusher that fails starts over from its checkpoint.</summary>
internal sealed partial class PushService(
    PushOptions options, FeedReader reader, IEventStore store, EventSerializer serializer, TimeProvider time, ILogger<PushService> logger)
    : BackgroundService
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.Partners.Select(p => RunAsync(p, stoppingToken)));

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(PushPartner partner, CancellationToken ct)
    {
        await Task.Yield();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var checkpoint = new PushCheckpoint(store, serializer, partner.Name);
                await new PartnerPusher(partner, options, reader, checkpoint, _http, time, logger).RunAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e, partner.Name, options.RetryInterval);
                try
                {
                    await Task.Delay(options.RetryInterval, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Push to {Partner} failed; starting over from its checkpoint in {RetryInterval}")]
    private partial void LogFailed(Exception exception, string partner, TimeSpan retryInterval);
}
