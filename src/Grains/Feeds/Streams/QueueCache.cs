using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// One results queue's cache: Orleans' simple cache, in which no subscriber can stop the queue. The simple cache purges
/// only the oldest part that no cursor is in, and the pulling agent stops reading the queue while the cache is full; a
/// subscriber left a cache behind (a delivery to a starved silo that takes seconds, a consumer that never returns)
/// held the oldest part, and the queue stopped for every stream and every other subscriber: in the two-silo benchmark
/// the hub of the silo reading the feed's queue waited for the other silo's and found the stream behind the log every
/// few seconds. When the cache is full, every cursor older than its newest half is moved on to the start of that half;
/// the log is the source of truth, so its subscriber reads what it skipped from the log (<see cref="LogRecord.Previous"/>).
/// The agent calls it from its own scheduler, one call at a time; the cursors' set is locked all the same, since a
/// cursor may be disposed from elsewhere when the agent stops.
/// </summary>
// The interfaces still require the members Orleans 10.4 marks obsolete (GetCacheCursor); their new default members
// (TryGetCacheCursor) call them, so these are what the pulling agent reaches.
#pragma warning disable CS0618
internal sealed partial class QueueCache(QueueId queue, IQueueCache inner, int size, ILogger logger) : IQueueCache
{
    private readonly HashSet<QueueCacheCursor> _cursors = [];
    private readonly Lock _lock = new();
    private readonly Queue<StreamSequenceToken> _newestHalf = new();
    private readonly int _half = Math.Max(size / 2, 1);
    private StreamSequenceToken? _newest;

    public int GetMaxAddCount() => inner.GetMaxAddCount();

    public void AddToCache(IList<IBatchContainer> messages)
    {
        inner.AddToCache(messages);
        foreach (var message in messages)
        {
            _newest = message.SequenceToken;
            _newestHalf.Enqueue(message.SequenceToken);
            if (_newestHalf.Count > _half)
            {
                _newestHalf.Dequeue();
            }
        }
    }

    public bool TryPurgeFromCache(out IList<IBatchContainer> purgedItems) => inner.TryPurgeFromCache(out purgedItems!);

    public IQueueCacheCursor GetCacheCursor(StreamId streamId, StreamSequenceToken? token)
    {
        // Without a token the simple cache places a cursor at its newest entry.
        var cursor = new QueueCacheCursor(this, streamId, inner.GetCacheCursor(streamId, token), token ?? _newest);
        lock (_lock)
        {
            _cursors.Add(cursor);
        }

        return cursor;
    }

    /// <summary>
    /// True while the cache is full. A full cache has a cursor in its oldest part (the agent purged what it could just
    /// before asking): the cursors older than the newest half move on, and the agent's next round purges and reads.
    /// </summary>
    public bool IsUnderPressure()
    {
        if (!inner.IsUnderPressure())
        {
            return false;
        }

        if (_newestHalf.TryPeek(out var middle))
        {
            List<QueueCacheCursor> moved;
            int cursors;
            lock (_lock)
            {
                moved = [.. _cursors.Where(cursor => cursor.IsBefore(middle)).OrderByDescending(cursor => cursor.Held)];
                cursors = _cursors.Count;
            }

            if (moved.Count > 0)
            {
                StreamTelemetry.CursorsPassed.Add(moved.Count);
                LogMovedOn(queue, moved.Count, cursors, middle, moved[0].StreamId, moved[0].Held);
            }

            foreach (var cursor in moved)
            {
                cursor.MoveTo(middle);
            }
        }

        return true;
    }

    public void UpdateDeliveryProgress(StreamSequenceToken? earliestSubscriptionToken, DateTime utcNow) =>
        inner.UpdateDeliveryProgress(earliestSubscriptionToken, utcNow);

    /// <summary>A cursor of the underlying cache at <paramref name="token"/>.</summary>
    internal IQueueCacheCursor InnerCursor(StreamId streamId, StreamSequenceToken? token) => inner.GetCacheCursor(streamId, token);

    internal void Forget(QueueCacheCursor cursor)
    {
        lock (_lock)
        {
            _cursors.Remove(cursor);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Results queue {Queue}'s cache was full: {Count} of {Cursors} subscriber cursors more than half of it behind moved on to {Token} (the longest held on stream {Stream} had not moved for {Held}); their subscribers read what they skipped from the log")]
    private partial void LogMovedOn(QueueId queue, int count, int cursors, StreamSequenceToken token, StreamId stream, TimeSpan held);
}
#pragma warning restore CS0618
