using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>
/// Runs every registered <see cref="Projection"/>, each on its own catch-up subscription. With a read-model store
/// registered, a persistent projection first loads its active checkpoint (when the shape matches the code) and
/// follows from there; the host itself never saves one: rebuilds do (docs/adr/0004-persisted-read-models.md).
/// </summary>
public sealed partial class ProjectionHost(
    IEnumerable<Projection> projections, IEventStore store, EventSerializer serializer, ILogger<ProjectionHost> logger,
    IReadModelStore? readModels = null) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(projections.Select(p => Task.Run(() => RunAsync(p, stoppingToken), stoppingToken)));

    private async Task RunAsync(Projection projection, CancellationToken ct)
    {
        try
        {
            var after = await RestoreAsync(projection, ct);
            await foreach (var stored in store.SubscribeAsync(new SubscriptionOptions(after, projection.Category), ct))
            {
                projection.ApplyEvent(stored, ProjectionEvents.TryDeserialize(serializer, stored));
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

    // Where to follow from: the active checkpoint's position, or the start (null) when there is none to use.
    private async Task<GlobalPosition?> RestoreAsync(Projection projection, CancellationToken ct)
    {
        if (readModels is null || projection is not IPersistentProjection persistent)
        {
            return null;
        }

        ReadModelCheckpoint? checkpoint;
        try
        {
            checkpoint = await readModels.LoadActiveAsync(projection.Name, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A checkpoint only saves time: without one the read model is folded from the start, as before.
            LogCheckpointUnavailable(logger, e, projection.Name);
            return null;
        }

        if (checkpoint is null)
        {
            return null;
        }

        if (checkpoint.Info.Shape != persistent.Shape)
        {
            LogShapeMismatch(logger, projection.Name, checkpoint.Info.Version, checkpoint.Info.Shape, persistent.Shape);
            return null;
        }

        ProjectionCheckpoints.Load(projection, checkpoint.Data, checkpoint.Info.Position);
        LogRestored(logger, projection.Name, checkpoint.Info.Version, checkpoint.Info.Events, checkpoint.Info.Position);
        return checkpoint.Info.Position;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Projection {Projection} stopped after position {Position}")]
    private static partial void LogFailed(ILogger logger, Exception error, string projection, string position);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Projection {Projection}: active checkpoint version {Version} has shape {Saved}, this build expects {Expected}; folding from the start (run rebuild)")]
    private static partial void LogShapeMismatch(ILogger logger, string projection, int version, string saved, string expected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projection {Projection}: the saved read models cannot be read; folding from the start")]
    private static partial void LogCheckpointUnavailable(ILogger logger, Exception error, string projection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Projection {Projection} loaded checkpoint version {Version} ({Events} events), following after {Position}")]
    private static partial void LogRestored(ILogger logger, string projection, int version, long events, GlobalPosition position);
}
