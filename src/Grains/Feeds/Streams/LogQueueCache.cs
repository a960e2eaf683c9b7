using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// Orleans' simple queue cache, with cursors that survive the purge of the position they were waiting at. A cursor
/// that reached the end of the cache remembers the token after it; if the cache purges past that token before the
/// stream's next message (it does when the cursor was the only reader of old entries and had nothing to deliver),
/// the agent's refresh of the cursor throws a cache miss, the agent's read from the queue fails with it, and retries
/// fail the same way: the whole queue stopped for every stream (measured: a subscriber opened after 50 messages got
/// none of the next 4,600). Such a cursor goes on from the new message instead, and the consumer reads what it
/// skipped from the log (<see cref="LogRecord.Previous"/>).
/// </summary>
// The interfaces still require the members Orleans 10.4 marks obsolete (GetCacheCursor, MoveNext); their new
// default members (TryGetCacheCursor, MoveNextWithResult) call them, so these are what the pulling agent reaches.
#pragma warning disable CS0618
internal sealed class LogQueueCache(SimpleQueueCacheOptions options, string providerName, ILoggerFactory loggers) : IQueueAdapterCache
{
    private readonly SimpleQueueAdapterCache _simple = new(options, providerName, loggers);

    public IQueueCache CreateQueueCache(QueueId queueId) => new Cache(_simple.CreateQueueCache(queueId));

    private sealed class Cache(IQueueCache inner) : IQueueCache
    {
        public int GetMaxAddCount() => inner.GetMaxAddCount();

        public void AddToCache(IList<IBatchContainer> messages) => inner.AddToCache(messages);

        public bool TryPurgeFromCache(out IList<IBatchContainer> purgedItems) => inner.TryPurgeFromCache(out purgedItems!);

        public IQueueCacheCursor GetCacheCursor(StreamId streamId, StreamSequenceToken? token) =>
            new Cursor(inner, streamId, inner.GetCacheCursor(streamId, token));

        public bool IsUnderPressure() => inner.IsUnderPressure();

        public void UpdateDeliveryProgress(StreamSequenceToken? earliestSubscriptionToken, DateTime utcNow) =>
            inner.UpdateDeliveryProgress(earliestSubscriptionToken, utcNow);
    }

    private sealed class Cursor(IQueueCache cache, StreamId streamId, IQueueCacheCursor inner) : IQueueCacheCursor
    {
        private IQueueCacheCursor _inner = inner;

        public IBatchContainer? GetCurrent(out Exception? exception) => _inner.GetCurrent(out exception);

        public bool MoveNext() => _inner.MoveNext();

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
                _inner = cache.GetCacheCursor(streamId, token);
                StreamTelemetry.CursorsMoved.Add(1);
            }
        }

        public void RecordDeliveryFailure() => _inner.RecordDeliveryFailure();

        public void Dispose() => _inner.Dispose();
    }
}
#pragma warning restore CS0618
