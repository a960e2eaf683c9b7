namespace Olympics.Orleans.EventStore;

/// <summary>
/// Wakes subscribers when something was committed. A waiter passes the generation it saw before reading, so a
/// commit that lands between its read and its wait is never missed.
/// </summary>
internal sealed class CommitSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Notify()
    {
        // The generation first: a waiter that then finds the new completion source also finds the new generation and
        // returns at once; one that found the old source is woken below. The other order lost that wake-up.
        Interlocked.Increment(ref _generation);
        var previous = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    public async Task WaitAsync(long seenGeneration, TimeSpan timeout, CancellationToken ct)
    {
        var next = Volatile.Read(ref _next);
        if (Generation != seenGeneration)
        {
            return;
        }

        try
        {
            await next.Task.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            // A fallback poll: the caller reads again either way.
        }
    }
}
