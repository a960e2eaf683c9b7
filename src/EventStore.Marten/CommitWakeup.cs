using JasperFx.Events.Daemon.HighWater;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// Wakes Marten's high-water agent when this process commits an append, instead of a NOTIFY inside every append's
/// transaction (UseListenNotifyForEventAppends), which made PostgreSQL commit the appends one at a time. Commits
/// of other processes are found by the agent's polling.
/// </summary>
internal sealed class CommitWakeup : IDaemonWakeup
{
    private readonly CommitSignal _commits = new();
    private long _seen;

    public void Notify() => _commits.Notify();

    public void Dispose()
    {
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        // A commit since the agent last woke may have landed after its detection read: return at once then.
        await _commits.WaitAsync(Interlocked.Read(ref _seen), timeout, token);
        Interlocked.Exchange(ref _seen, _commits.Generation);
    }
}
