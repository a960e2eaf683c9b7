using System.Threading.Channels;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// Appends waiting for a commit, taken together by the next free writer: a group commit. Each of a fixed number of
/// writers takes every append queued when it becomes free (up to a maximum) and commits them in one transaction, so
/// that under load PostgreSQL commits, and the process sends, once per group instead of once per append; alone, an
/// append is committed at once, as before. The commit function sets every append's outcome, or throws, and then its
/// exception is every append's outcome.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Func<IReadOnlyList<PendingAppend>, Task> _commit;
    private readonly int _maxPerCommit;
    private readonly Task[] _writers;

    public GroupCommit(Func<IReadOnlyList<PendingAppend>, Task> commit, int writers, int maxPerCommit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerCommit, 1);
        _commit = commit;
        _maxPerCommit = maxPerCommit;
        // The writers serve every caller: they must not carry the trace or context of the one that created the store.
        using (ExecutionContext.SuppressFlow())
        {
            _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteAsync))];
        }
    }

    /// <summary>Queues an append; the task completes once it is committed or refused.</summary>
    public Task<AppendResult> AppendAsync(PendingAppend append)
    {
        if (!_queue.Writer.TryWrite(append))
        {
            throw new ObjectDisposedException(nameof(MartenEventStore), "The event store is disposed.");
        }

        return append.Done.Task;
    }

    private async Task WriteAsync()
    {
        var group = new List<PendingAppend>(_maxPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < _maxPerCommit && _queue.Reader.TryRead(out var next))
            {
                // A caller that gave up before its append was sent: nothing was written for it.
                if (next.Cancellation.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(next.Cancellation);
                }
                else
                {
                    group.Add(next);
                }
            }

            if (group.Count > 0)
            {
                try
                {
                    await _commit(group);
                }
                catch (Exception e)
                {
                    // A writer that died would also leave the appends after these waiting for ever.
                    foreach (var append in group)
                    {
                        append.Done.TrySetException(e);
                    }
                }
            }
        }
    }

    /// <summary>Lets the writers commit what is queued, then stops them.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }
}
