using System.Threading.Tasks.Sources;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// An auto-reset wake-up for one waiter: <see cref="Set"/> never blocks, never queues more than one wake-up and takes
/// no lock, so the hub can wake thousands of subscribers per message cheaply. The wait takes no token (a token would
/// cost an allocation per wait); a waiter that must stop is woken with <see cref="Set"/> and checks its token. The
/// waiter's continuation runs as a work item of the thread pool's global queue, never on the thread that calls
/// <see cref="Set"/> and never in that thread's local queue: a thread that wakes hundreds of subscribers would otherwise
/// run their writes before anything waiting in the global queue (an ingest request, a socket's completion), which is
/// what the results latency is made of.
/// </summary>
internal sealed class FeedSignal : IValueTaskSource<bool>, IThreadPoolWorkItem
{
    private const int Idle = 0;
    private const int Signalled = 1;
    private const int Waiting = 2;
    private ManualResetValueTaskSourceCore<bool> _core;
    private int _state;

    /// <summary>Wakes the waiter, or the next wait when nobody waits yet.</summary>
    public void Set()
    {
        while (true)
        {
            switch (Volatile.Read(ref _state))
            {
                case Signalled:
                    return;
                case Idle when Interlocked.CompareExchange(ref _state, Signalled, Idle) == Idle:
                    return;
                case Waiting when Interlocked.CompareExchange(ref _state, Signalled, Waiting) == Waiting:
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                    return;
            }
        }
    }

    /// <summary>Completes when <see cref="Set"/> was called since the last <see cref="Reset"/>; call <see cref="Reset"/> after it. One waiter at a time.</summary>
    public ValueTask<bool> WaitAsync()
    {
        switch (Volatile.Read(ref _state))
        {
            case Signalled:
                return new ValueTask<bool>(true);
            case Waiting:
                throw new InvalidOperationException("A feed signal has one waiter at a time.");
        }

        _core.Reset();
        return Interlocked.CompareExchange(ref _state, Waiting, Idle) == Idle
            ? new ValueTask<bool>(this, _core.Version)
            : new ValueTask<bool>(true);
    }

    /// <summary>Takes the wake-up: the next wait waits for the next <see cref="Set"/>.</summary>
    public void Reset() => Interlocked.CompareExchange(ref _state, Idle, Signalled);

    // The queued wake-up: the waiter's continuation runs here, in this work item.
    void IThreadPoolWorkItem.Execute() => _core.SetResult(true);

    bool IValueTaskSource<bool>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
