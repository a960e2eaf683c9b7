using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Odf.Apply;

// The checkpoint stream (checkpoints and refusals), and retrying what the store fails. Every event written there is a
// checkpoint: it covers every document handled before it.
public sealed partial class OdfApplyProcess
{
    // Every refusal is recorded (it is also a checkpoint), logged and counted: the same reason again, many times a second
    // (running data of a unit no session holds), is what the operators need to see, not to miss.
    private async Task RefusedAsync(OdfApplyRefused refused, CancellationToken ct)
    {
        LogRefused(logger, refused.DocumentType, refused.DocumentKey, refused.Version, refused.Reason);
        Telemetry.ProcessTelemetry.OdfRefused(refused.DocumentType);
        await AppendAsync(refused, ct);
    }

    private async Task AppendAsync(IOdfApplyEvent @event, CancellationToken ct)
    {
        var (type, data) = serializer.Serialize(@event);
        await RetryAsync("write the checkpoint", async c =>
        {
            await store.AppendAsync(CheckpointStream, ExpectedVersion.Any, [EventData.Create(type, data, new EventMetadata(null, null, Actor, null))], c);
            return true;
        }, ct);
        (_pending, _unwritten) = (0, null);
    }

    // Where to resume: after the last document the last checkpoint (or refusal) covers.
    private async Task<GlobalPosition?> LastCheckpointAsync(CancellationToken ct)
    {
        await foreach (var stored in store.ReadStreamAsync(CheckpointStream, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), ct))
        {
            return GlobalPosition.Parse(((IOdfApplyEvent)serializer.Deserialize(stored.Type, stored.Data)).Position);
        }

        return null;
    }

    // Retries anything but a shutdown, pausing 200 ms, then twice as long each time, up to MaxRetryDelay.
    private async Task<T> RetryAsync<T>(string what, Func<CancellationToken, Task<T>> action, CancellationToken ct)
    {
        for (var delay = TimeSpan.Zero; ; )
        {
            try
            {
                return await action(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                delay = Longer(delay);
                LogRetry(logger, e, what, delay.TotalMilliseconds);
                await Task.Delay(delay, ct);
            }
        }
    }

    private TimeSpan Longer(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxRetryDelay.Ticks));

    [LoggerMessage(Level = LogLevel.Warning, Message = "ODF apply: {DocumentType} {DocumentKey} version {Version} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string documentType, string documentKey, int version, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "ODF apply: {Why}")]
    private static partial void LogLeftAsIs(ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ODF apply could not {What}; retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, Exception error, string what, double delayMs);
}
