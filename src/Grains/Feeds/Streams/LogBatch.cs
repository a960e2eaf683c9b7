using Orleans.Providers.Streams.Common;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>One message of one results stream, with its log position as the sequence token.</summary>
[GenerateSerializer, Immutable, Alias("olympics.results.log-batch.v1")]
public sealed class LogBatch(StreamId streamId, LogRecord record) : IBatchContainer
{
    [Id(0)]
    public StreamId StreamId { get; } = streamId;

    [Id(1)]
    public LogRecord Record { get; } = record;

    [Id(2)]
    private readonly EventSequenceTokenV2 _token = new(record.Position);

    public StreamSequenceToken SequenceToken => _token;

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>()
    {
        if (Record is T item)
        {
            yield return Tuple.Create(item, SequenceToken);
        }
    }

    public bool ImportRequestContext() => false;
}
