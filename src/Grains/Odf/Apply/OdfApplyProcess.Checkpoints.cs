using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Odf.Apply;

// When the checkpoint is written: by time, not per document. A checkpoint falls due CheckpointInterval after the first
// document handled since the last one (or after CheckpointEvery documents); while documents keep coming it is written
// after the document during which it fell due, and when none comes, as soon as it falls due. A crash replays at most the
// documents since the last checkpoint, and the grains ignore versions they have applied, so the replay changes nothing.
public sealed partial class OdfApplyProcess
{
    private static readonly TimeSpan _stopTimeout = TimeSpan.FromSeconds(5);

    // The checkpoint of the last document handled, while it is not written; how many documents it covers; when it is due.
    private OdfApplyCheckpointed? _unwritten;
    private int _pending;
    private DateTimeOffset _due;

    private async Task HandledAsync(OdfApplyCheckpointed checkpoint, CancellationToken ct)
    {
        if (_pending++ == 0)
        {
            _due = time.GetUtcNow() + options.Value.CheckpointInterval;
        }

        _unwritten = checkpoint;
        if (_pending >= options.Value.CheckpointEvery || time.GetUtcNow() >= _due)
        {
            await AppendAsync(checkpoint, ct);
        }
    }

    // The next document; while none comes, the pending checkpoint is written when it falls due.
    private async Task<bool> NextAsync(IAsyncEnumerator<StoredEvent> documents, CancellationToken ct)
    {
        var next = documents.MoveNextAsync();
        if (next.IsCompleted || _unwritten is null)
        {
            return await next;
        }

        var moved = next.AsTask();
        using (var idle = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            var wait = _due - time.GetUtcNow();
            var due = wait > TimeSpan.Zero ? Task.Delay(wait, time, idle.Token) : Task.CompletedTask;
            var fell = await Task.WhenAny(moved, due) == due;
            await idle.CancelAsync();
            if (fell && !ct.IsCancellationRequested && _unwritten is { } checkpoint)
            {
                try
                {
                    await AppendAsync(checkpoint, ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // Stopping: the stop writes it. The pending read must end before the subscription is disposed.
                }
            }
        }

        return await moved;
    }

    // A graceful stop writes the pending checkpoint, so a restart replays nothing.
    private async Task CheckpointOnStopAsync()
    {
        if (_unwritten is not { } checkpoint)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_stopTimeout);
        try
        {
            await AppendAsync(checkpoint, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            LogCheckpointLost(logger, checkpoint.DocumentKey, checkpoint.Version, _stopTimeout.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "ODF apply stopped without its last checkpoint ({DocumentKey} version {Version}) after {Seconds} s; a restart handles those documents again and they change nothing")]
    private static partial void LogCheckpointLost(ILogger logger, string documentKey, int version, double seconds);
}
