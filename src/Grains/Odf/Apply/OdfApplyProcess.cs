using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// Applies stored ODF documents to the session, venue and medals grains (see <see cref="OdfApplyPlan"/>). It follows the
/// "odf" category from its checkpoint stream, which it writes by time (<see cref="OdfApplyOptions.CheckpointInterval"/>),
/// not per document: every command carries its document's version and the grains ignore a version they have applied, so
/// the documents handled again after a crash (since the last checkpoint) change nothing. A refusal (a malformed body, a
/// command a grain refuses) is recorded in the checkpoint stream at once, every time, logged as a warning and counted
/// (<see cref="Telemetry.ProcessTelemetry.OdfRefusalsMetric"/>), and the process goes on; any other failure is retried
/// with a growing pause, so no document is ever skipped silently.
/// </summary>
public sealed partial class OdfApplyProcess(
    IEventStore store, EventSerializer serializer, OdfApplySteps steps, IOptions<OdfApplyOptions> options, TimeProvider time,
    ILogger<OdfApplyProcess> logger)
    : BackgroundService
{
    /// <summary>The checkpoint stream.</summary>
    public const string CheckpointStream = "process-odf-apply";

    /// <summary>The actor recorded on every event the process causes.</summary>
    public const string Actor = "process:odf-apply";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ActorContext.Current = Actor;
        var after = await RetryAsync("read the checkpoint", LastCheckpointAsync, stoppingToken);
        try
        {
            for (var delay = TimeSpan.Zero; !stoppingToken.IsCancellationRequested; delay = Longer(delay))
            {
                try
                {
                    await using var documents = store.SubscribeAsync(new SubscriptionOptions(after, "odf"), stoppingToken).GetAsyncEnumerator(stoppingToken);
                    while (await NextAsync(documents, stoppingToken))
                    {
                        await HandleAsync(documents.Current, stoppingToken);
                        after = documents.Current.Position;
                        delay = TimeSpan.Zero;
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRetry(logger, e, "follow the odf category", Longer(delay).TotalMilliseconds);
                    await Task.Delay(Longer(delay), stoppingToken);
                }
            }
        }
        finally
        {
            await CheckpointOnStopAsync();
        }
    }

    private async Task HandleAsync(StoredEvent stored, CancellationToken ct)
    {
        if (Document(stored) is not { } document)
        {
            return;
        }

        var (header, receivedAt) = document switch
        {
            OdfDocumentReceived e => (e.Header, e.ReceivedAt),
            OdfDocumentWithdrawn e => (e.Header, e.ReceivedAt),
            _ => throw new InvalidOperationException($"Unexpected ODF document event {document.GetType().Name}."),
        };
        var decision = OdfApplyPlan.For(document);
        if (decision.LeftAsIs is { } why)
        {
            LogLeftAsIs(logger, why);
        }

        var refusal = decision.Refusal ?? await RetryAsync($"apply {header.DocumentKey} version {header.Version}", c => RunAsync(decision, stored.Position, c), ct);
        if (refusal is not null)
        {
            await RefusedAsync(new OdfApplyRefused(stored.Position.ToToken(), header.DocumentKey, header.Version, header.DocumentType, refusal, receivedAt), ct);
            return;
        }

        await HandledAsync(new OdfApplyCheckpointed(stored.Position.ToToken(), header.DocumentKey, header.Version, decision.Steps.Count, receivedAt), ct);
    }

    // Null when every step ran; else why the grains refused the steps they refused. The others run all the same (a
    // schedule naming several sessions still reaches the sessions that hold their units); each step is idempotent.
    private async Task<string?> RunAsync(OdfApplyDecision decision, GlobalPosition position, CancellationToken ct)
    {
        List<string>? refusals = null;
        foreach (var step in decision.Steps)
        {
            try
            {
                await steps.RunAsync(step, position, ct);
            }
            catch (InvalidCommandException e)
            {
                (refusals ??= []).Add(Prefixed(decision, step, $"{e.Field}: {e.Reason}"));
            }
            catch (CommandRejectedException e)
            {
                (refusals ??= []).Add(Prefixed(decision, step, e.Message));
            }
        }

        return refusals is null ? null : string.Join("; ", refusals);
    }

    // With several steps, a refusal says which grain refused.
    private static string Prefixed(OdfApplyDecision decision, OdfApplyStep step, string reason) =>
        decision.Steps.Count > 1 ? $"{step.Target} {step.Key}: {reason}" : reason;

    private IOdfDocumentEvent? Document(StoredEvent stored)
    {
        try
        {
            return serializer.Deserialize(stored.Type, stored.Data) as IOdfDocumentEvent;
        }
        catch (UnknownEventTypeException)
        {
            return null;
        }
    }
}
