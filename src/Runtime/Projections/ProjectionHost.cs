using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Runtime.Projections;

/// <summary>Runs every registered <see cref="Projection"/>, each on its own catch-up subscription.</summary>
public sealed partial class ProjectionHost(
    IEnumerable<Projection> projections, IEventStore store, EventSerializer serializer, ILogger<ProjectionHost> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(projections.Select(p => Task.Run(() => RunAsync(p, stoppingToken), stoppingToken)));

    private async Task RunAsync(Projection projection, CancellationToken ct)
    {
        try
        {
            await foreach (var stored in store.SubscribeAsync(new SubscriptionOptions(Category: projection.Category), ct))
            {
                projection.ApplyEvent(stored, TryDeserialize(stored));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // A read model that cannot apply an event must not pretend to be current: it stops and says why.
            projection.Failed(e);
            LogFailed(logger, e, projection.Name, projection.Position.ToToken());
        }
    }

    private object? TryDeserialize(StoredEvent stored)
    {
        try
        {
            return serializer.Deserialize(stored.Type, stored.Data);
        }
        catch (UnknownEventTypeException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Projection {Projection} stopped after position {Position}")]
    private static partial void LogFailed(ILogger logger, Exception error, string projection, string position);
}
