using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// One queue's reader: follows the log's "odf" category in committed order from where the log ended when the queue
/// started here, and hands Orleans each message once for every stream of it that maps to this queue, with the
/// position of that stream's previous message (<see cref="LogRecord.Previous"/>). Nothing is acknowledged or deleted:
/// the log keeps everything, and a queue that moves to another silo starts there from the log's end, its consumers
/// reading any gap from the log.
/// </summary>
internal sealed partial class LogQueueReceiver(
    QueueId queue, IStreamQueueMapper mapper, IEventStore store, FeedDecoder decoder, ResultStreamOptions options, ResultQueueReaders readers,
    ILogger logger)
    : IQueueAdapterReceiver, IDisposable
{
    private static readonly TimeSpan _retry = TimeSpan.FromSeconds(1);
    private readonly ConcurrentQueue<IBatchContainer> _ready = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly SemaphoreSlim _taken = new(0);
    private readonly Dictionary<StreamId, long> _last = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private long _start;

    public Task Initialize(TimeSpan timeout) => Initialize(timeout, CancellationToken.None);

    public async Task Initialize(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var end = await store.GetLastPositionAsync(FeedMessages.Category, deadline.Token);
        _start = end.Sequence;
        readers.Started(queue, mapper);
        LogStarted(queue, end);
        _reading = Task.Run(() => ReadAsync(end, _stop.Token), CancellationToken.None);
    }

    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) => GetQueueMessagesAsync(maxCount, CancellationToken.None);

    public async Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount, CancellationToken cancellationToken)
    {
        if (_ready.IsEmpty)
        {
            try
            {
                await _available.WaitAsync(options.ReceiveWait, cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return [];
            }
        }

        var limit = maxCount < 0 ? int.MaxValue : maxCount;
        var batch = new List<IBatchContainer>(Math.Min(_ready.Count, limit));
        while (batch.Count < limit && _ready.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        if (batch.Count > 0 && _taken.CurrentCount == 0)
        {
            _taken.Release();
        }

        return batch;
    }

    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => Task.CompletedTask;

    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task Shutdown(TimeSpan timeout) => Shutdown(timeout, CancellationToken.None);

    public async Task Shutdown(TimeSpan timeout, CancellationToken cancellationToken)
    {
        readers.Stopped(queue);
        await _stop.CancelAsync();
        try
        {
            await _reading.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogSlowStop(queue, timeout);
        }

        Dispose();
    }

    public void Dispose()
    {
        _stop.Dispose();
        _available.Dispose();
        _taken.Dispose();
    }

    // Reads the log after `after` until stopped; a failed read starts again after the last message read.
    private async Task ReadAsync(GlobalPosition after, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var stored in store.SubscribeAsync(new SubscriptionOptions(after, FeedMessages.Category), ct))
                {
                    while (_ready.Count >= options.ReadAhead)
                    {
                        await _taken.WaitAsync(_retry, ct);
                    }

                    Hand(stored);
                    after = stored.Position;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e, queue, _retry);
                try
                {
                    await Task.Delay(_retry, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Hand(StoredEvent stored)
    {
        if (decoder.HeaderOf(stored) is not { } message)
        {
            return;
        }

        var handed = 0;
        foreach (var stream in ResultStreams.Of(message.Header, message.Sessions))
        {
            if (!mapper.GetQueueForStream(stream).Equals(queue))
            {
                continue;
            }

            var previous = _last.TryGetValue(stream, out var last) ? last : _start;
            _last[stream] = stored.Position.Sequence;
            _ready.Enqueue(new LogBatch(stream, LogRecord.From(stored, previous), handed++));
        }

        if (handed > 0 && _available.CurrentCount == 0)
        {
            _available.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Results queue {Queue} reads the log after {Position}")]
    private partial void LogStarted(QueueId queue, GlobalPosition position);

    [LoggerMessage(Level = LogLevel.Error, Message = "Results queue {Queue} failed to read the log; trying again in {Retry}")]
    private partial void LogFailed(Exception exception, QueueId queue, TimeSpan retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Results queue {Queue} did not stop reading within {Timeout}")]
    private partial void LogSlowStop(QueueId queue, TimeSpan timeout);
}
