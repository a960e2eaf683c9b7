using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Qualification;

/// <summary>
/// Reacts to official unit results: qualified athletes gain the venue and time window of the session of their next
/// phase, eliminated ones lose that extra access after a grace period. It resumes after restarts from its checkpoint
/// stream; the commands it sends are idempotent, so handling a result twice (a crash before the checkpoint) changes
/// nothing.
/// </summary>
public sealed partial class QualificationProcess(
    IEventStore store, EventSerializer serializer, SessionCatalog catalog, QualificationSteps steps,
    IOptions<QualificationOptions> options, ILogger<QualificationProcess> logger) : BackgroundService
{
    /// <summary>The checkpoint stream.</summary>
    public const string CheckpointStream = "process-qualification";

    private static readonly TimeSpan _firstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan _maxRetry = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Every change this process makes is recorded as its own, not as "system".
        ActorContext.Current = "process:qualification";
        var delay = _firstRetry;
        while (true)
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store outage must not stop the process (and with it the silo): it starts over from its checkpoint,
                // and the commands it sends are idempotent, so a result handled again changes nothing.
                Telemetry.ProcessTelemetry.Retried(CheckpointStream);
                LogRetrying(logger, e, delay.TotalMilliseconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _maxRetry.Ticks));
            }
        }
    }

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        var after = await LastCheckpointAsync(stoppingToken);
        await foreach (var stored in store.SubscribeAsync(new SubscriptionOptions(after, "session"), stoppingToken))
        {
            if (stored.Type != "session.unit-result-recorded.v1"
                || serializer.Deserialize(stored.Type, stored.Data) is not UnitResultRecorded { Status: Contracts.Sessions.ResultStatus.Official } recorded)
            {
                continue;
            }

            // The catalog follows the same category, so it reaches this position: then it knows every session scheduled before.
            await catalog.WaitForAsync(stored.Position, stoppingToken);
            var plan = QualificationPlan.For(
                new UnitResult(recorded.Unit, recorded.Status, recorded.Results, recorded.At), catalog.FindSessionsByPhase, options.Value);
            foreach (var step in plan)
            {
                await steps.RunAsync(step, recorded.At, stoppingToken);
            }

            await CheckpointAsync(recorded, stored.Position, plan.Count, stoppingToken);
            LogHandled(logger, recorded.Unit, plan.Count);
        }
    }

    private async Task<GlobalPosition?> LastCheckpointAsync(CancellationToken ct)
    {
        await foreach (var last in store.ReadStreamAsync(CheckpointStream, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), ct))
        {
            return GlobalPosition.Parse(((QualificationResultHandled)serializer.Deserialize(last.Type, last.Data)).Position);
        }

        return null;
    }

    private Task<AppendResult> CheckpointAsync(UnitResultRecorded recorded, GlobalPosition position, int count, CancellationToken ct)
    {
        var (type, data) = serializer.Serialize(new QualificationResultHandled(recorded.Unit, position.ToToken(), count, recorded.At));
        return store.AppendAsync(CheckpointStream, ExpectedVersion.Any, [EventData.Create(type, data, new EventMetadata(null, null, "process:qualification", null))], ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The qualification process failed; starting over from its checkpoint in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, Exception error, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Qualification handled official results of {Unit}: {Steps} steps")]
    private static partial void LogHandled(ILogger logger, string unit, int steps);
}
