using System.Collections.Concurrent;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// Subscriptions of one category in a store mostly wait at the same position and are woken by the same commit: the
/// silo's feed hub and document index both follow "odf", three readers follow "session". Instead of each sending the
/// same query, a subscription joins a read of the same category from the same position that is already under way,
/// provided that read started after every commit the subscription has been told of (the signal generations it saw
/// before asking): then the read sees those commits, as its own would have. The page is shared read-only.
/// </summary>
internal sealed class SharedReads(Func<GlobalPosition, string?, int, CancellationToken, Task<(List<StoredEvent> Page, bool Pending)>> read)
{
    private readonly ConcurrentDictionary<(string Category, GlobalPosition After, int Max), Read> _reads = new();
    private long _joined;

    /// <summary>How many times a subscription joined a read under way instead of sending its own.</summary>
    public long Joined => Interlocked.Read(ref _joined);

    /// <summary>
    /// Reads, or joins a read under way whose starter had seen at least the signal generations the caller has seen
    /// (<paramref name="seen"/>, taken before asking): every commit the caller was told of ended before that read began.
    /// </summary>
    public Task<(List<StoredEvent> Page, bool Pending)> ReadAsync(
        GlobalPosition after, string? category, int max, (long Own, long Any) seen, CancellationToken ct)
    {
        var key = (category ?? "", after, max);
        if (_reads.TryGetValue(key, out var running) && running.Seen.Own >= seen.Own && running.Seen.Any >= seen.Any)
        {
            Interlocked.Increment(ref _joined);
            return running.Task.WaitAsync(ct);
        }

        // Not cancelled by this subscription's token: others may be waiting for it; it ends by itself.
        var started = new Read(seen, read(after, category, max, CancellationToken.None));
        _reads[key] = started;
        _ = started.Task.ContinueWith(
            _ => _reads.TryRemove(KeyValuePair.Create(key, started)), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return started.Task.WaitAsync(ct);
    }

    private sealed record Read((long Own, long Any) Seen, Task<(List<StoredEvent> Page, bool Pending)> Task);
}
