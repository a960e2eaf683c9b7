using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// The results streams' queues, read from the log. Read-only: a message reaches the streams by being stored (the ODF
/// document grain's append), so there is no second write that could fail after the first succeeded. Rewindable as far
/// as Orleans' cache holds; further back, the feeds read the log themselves.
/// </summary>
internal sealed class LogQueueAdapter(string name, Func<QueueId, IQueueAdapterReceiver> receiver) : IQueueAdapter
{
    public string Name => name;

    public bool IsRewindable => true;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadOnly;

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) => receiver(queueId);

    public Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext) =>
        throw new InvalidOperationException(
            $"The '{name}' streams are read from the event log and cannot be written to: store the ODF message and the streams carry it.");
}
