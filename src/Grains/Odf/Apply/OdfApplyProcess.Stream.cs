using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Odf.Apply;

// The checkpoint stream (checkpoints and refusals), and retrying what the store fails. Every event written there is a
// checkpoint: it covers every document handled before it.
public sealed partial class OdfApplyProcess
{
    // Whether the refusal was recorded (it is also a checkpoint); the same refusal of a document again is only logged.
    private async Task<bool> RefusedAsync(OdfApplyRefused refused, CancellationToken ct)
    {
        if (_refused.TryGetValue(refused.DocumentKey, out var last) && last == refused.Reason)
        {
            LogRefusedAgain(logger, refused.DocumentKey, refused.Version, refused.Reason);
            return false;
        }

        _refused[refused.DocumentKey] = refused.Reason;
        LogRefused(logger, refused.DocumentType, refused.DocumentKey, refused.Version, refused.Reason);
        await AppendAsync(refused, ct);
        return true;
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

    // Where to resume. When the last event is a refusal, the same refusal of that document again is only logged, as it
    // would have been before the restart.
    private async Task<GlobalPosition?> LastCheckpointAsync(CancellationToken ct)
    {
        await foreach (var stored in store.ReadStreamAsync(CheckpointStream, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), ct))
        {
            var last = (IOdfApplyEvent)serializer.Deserialize(stored.Type, stored.Data);
            if (last is OdfApplyRefused refused)
            {
                _refused[refused.DocumentKey] = refused.Reason;
            }

            return GlobalPosition.Parse(last.Position);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "ODF apply: {DocumentKey} version {Version} refused again: {Reason}")]
    private static partial void LogRefusedAgain(ILogger logger, string documentKey, int version, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "ODF apply: {Why}")]
    private static partial void LogLeftAsIs(ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ODF apply could not {What}; retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, Exception error, string what, double delayMs);
}
