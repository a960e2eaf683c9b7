using System.Collections.Concurrent;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>The results queues this silo reads now (Orleans' balancer decides which), and the stream each maps to.</summary>
public sealed class ResultQueueReaders
{
    private readonly ConcurrentDictionary<QueueId, byte> _reading = new();
    private IStreamQueueMapper? _mapper;

    /// <summary>The queues read here.</summary>
    public IReadOnlyCollection<QueueId> Queues => [.. _reading.Keys];

    /// <summary>True when this silo reads the queue of <paramref name="stream"/>.</summary>
    public bool Reads(StreamId stream) => _mapper is { } mapper && _reading.ContainsKey(mapper.GetQueueForStream(stream));

    internal void Started(QueueId queue, IStreamQueueMapper mapper)
    {
        _mapper = mapper;
        _reading.TryAdd(queue, 0);
    }

    internal void Stopped(QueueId queue) => _reading.TryRemove(queue, out _);
}
