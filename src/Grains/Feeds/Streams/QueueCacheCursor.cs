using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// A subscriber's cursor in a results queue's cache (<see cref="QueueCache"/>), which knows the entry it holds so that
/// a full cache can move it on, and which survives the purge of the position it waited at. A cursor at the end of the
/// cache remembers the token after it; when the cache purged past that token before the stream's next message (it
/// does when the cursor was the only reader of old entries and had nothing to deliver), the agent's refresh threw a
/// cache miss, every later read of the queue failed on it, and the queue stopped for every stream (measured: a
/// subscriber opened after 50 messages got none of the next 4,600). Such a cursor goes on from the new message instead.
/// In both cases the subscriber reads what it skipped from the log (<see cref="LogRecord.Previous"/>).
/// </summary>
// The interface still requires the member Orleans 10.4 marks obsolete (MoveNext); its new default member
// (MoveNextWithResult) calls it, so this is what the pulling agent reaches.
#pragma warning disable CS0618
internal sealed class QueueCacheCursor(QueueCache cache, StreamId streamId, IQueueCacheCursor inner, StreamSequenceToken? position) : IQueueCacheCursor
{
    private IQueueCacheCursor _inner = inner;

    // The token of the cache entry this cursor holds, null when it reached the end of the cache (it then holds none).
    private StreamSequenceToken? _position = position;

    // When this cursor last took an entry (or was placed), in Environment.TickCount64 milliseconds.
    private long _since = Environment.TickCount64;

    /// <summary>The stream this cursor reads.</summary>
    internal StreamId StreamId => streamId;

    /// <summary>How long this cursor has held its entry.</summary>
    internal TimeSpan Held => TimeSpan.FromMilliseconds(Environment.TickCount64 - _since);

    public IBatchContainer? GetCurrent(out Exception? exception) => _inner.GetCurrent(out exception);

    public bool MoveNext()
    {
        var moved = _inner.MoveNext();
        _position = moved ? _inner.GetCurrent(out _)?.SequenceToken : null;
        _since = Environment.TickCount64;
        return moved;
    }

    public void Refresh(StreamSequenceToken token)
    {
        try
        {
            _inner.Refresh(token);
        }
        catch (QueueCacheMissException)
        {
            // The position this cursor waited at was purged: go on from the new message (just added, so cached).
            _inner.Dispose();
            _inner = cache.InnerCursor(streamId, token);
            StreamTelemetry.CursorsMoved.Add(1);
        }

        _position ??= token;
    }

    public void RecordDeliveryFailure() => _inner.RecordDeliveryFailure();

    public void Dispose()
    {
        cache.Forget(this);
        _inner.Dispose();
    }

    /// <summary>True when this cursor holds an entry older than <paramref name="token"/>.</summary>
    internal bool IsBefore(StreamSequenceToken token) => _position is { } position && position.Older(token);

    /// <summary>Moves this cursor on to <paramref name="token"/>, a newer entry of the cache: its subscriber skips what lies between.</summary>
    internal void MoveTo(StreamSequenceToken token)
    {
        _inner.Dispose();
        try
        {
            _inner = cache.InnerCursor(streamId, token);
        }
        catch (QueueCacheMissException)
        {
            _inner = cache.InnerCursor(streamId, null);
        }

        _position = token;
        _since = Environment.TickCount64;
    }
}
#pragma warning restore CS0618
