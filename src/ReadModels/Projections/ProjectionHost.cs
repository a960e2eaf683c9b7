using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>
/// Runs every registered <see cref="Projection"/>, each on its own catch-up subscription. With a read-model store
/// registered, a persistent projection first loads its active checkpoint (when the shape matches the code) and
/// follows from there; the host itself never saves one: rebuilds do (docs/adr/0004-persisted-read-models.md).
/// A read of the store that fails (a PostgreSQL restart, a network cut) is retried with growing waits from the last
/// event applied, for as long as it takes, and shows in <see cref="Projection.Interruption"/> and a metric meanwhile;
/// an event the projection cannot apply stops it for good, since applying it again would fail again.
/// </summary>
public sealed partial class ProjectionHost(
    IEnumerable<Projection> projections, IEventStore store, EventSerializer serializer, ILogger<ProjectionHost> logger,
    IReadModelStore? readModels = null, IOptions<ProjectionHostOptions>? options = null) : BackgroundService
{
    private readonly ProjectionHostOptions _options = options?.Value ?? new ProjectionHostOptions();

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(projections.Select(p => Task.Run(() => RunAsync(p, stoppingToken), stoppingToken)));

    private async Task RunAsync(Projection projection, CancellationToken ct)
    {
        try
        {
            var after = await RestoreAsync(projection, ct);
            var delay = _options.InitialRetryDelay;
            while (true)
            {
                try
                {
                    if (projection.StartedBehind is null)
                    {
                        // What "caught up" means for readiness: everything stored before the host began to follow.
                        projection.Following(await store.GetLastPositionAsync(projection.Category, ct));
                    }

                    if (projection.Interruption is not null)
                    {
                        // The store answers again: the read model follows it again, whether or not an event comes.
                        await store.CheckHealthAsync(ct);
                        projection.Resumed();
                        LogResumed(logger, projection.Name, after ?? GlobalPosition.Start);
                    }

                    await foreach (var stored in store.SubscribeAsync(new SubscriptionOptions(after, projection.Category, _options.PageSize), ct))
                    {
                        Apply(projection, stored);
                        after = stored.Position;
                        delay = _options.InitialRetryDelay;
                    }
                }
                catch (Exception e) when (e is not (OperationCanceledException or ProjectionApplyException))
                {
                    projection.Interrupted(e);
                    ReadModelsTelemetry.Retried(projection.Name);
                    LogInterrupted(logger, e, projection.Name, delay.TotalMilliseconds);
                    await Task.Delay(delay, ct);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (ProjectionApplyException e)
        {
            // A read model that cannot apply an event must not pretend to be current: it stops and says why.
            projection.Failed(e.InnerException!);
            LogFailed(logger, e.InnerException!, projection.Name, projection.Position.ToToken());
        }
    }

    private void Apply(Projection projection, StoredEvent stored)
    {
        try
        {
            projection.ApplyEvent(stored, ProjectionEvents.TryDeserialize(serializer, stored));
        }
        catch (Exception e)
        {
            throw new ProjectionApplyException(e);
        }
    }

    // Tells an event the projection could not apply (final) from a failed read of the store (retried).
    private sealed class ProjectionApplyException(Exception inner) : Exception(inner.Message, inner);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projection {Projection} cannot read the store; retrying in {DelayMs} ms")]
    private static partial void LogInterrupted(ILogger logger, Exception error, string projection, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Projection {Projection} reads the store again, at {Position}")]
    private static partial void LogResumed(ILogger logger, string projection, GlobalPosition position);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Projection {Projection}: active checkpoint version {Version} has shape {Saved}, this build expects {Expected}; folding from the start (run rebuild)")]
    private static partial void LogShapeMismatch(ILogger logger, string projection, int version, string saved, string expected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projection {Projection}: the saved read models cannot be read; folding from the start")]
    private static partial void LogCheckpointUnavailable(ILogger logger, Exception error, string projection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Projection {Projection} loaded checkpoint version {Version} ({Events} events), following after {Position}")]
    private static partial void LogRestored(ILogger logger, string projection, int version, long events, GlobalPosition position);
}
