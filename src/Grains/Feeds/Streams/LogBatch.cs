using Orleans.Providers.Streams.Common;
using Orleans.Runtime;
using Orleans.Streams;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// One message of one results stream. Its sequence token is the log position and the stream's place among the
/// message's streams in its queue: a queue's tokens must be unique and increasing, because Orleans' cache places a
/// refreshed cursor by token, and with one token for a message's three streams a cursor landed on another stream's
/// entry and skipped its own.
/// </summary>
[GenerateSerializer, Immutable, Alias("olympics.results.log-batch.v1")]
public sealed class LogBatch(StreamId streamId, LogRecord record, int index) : IBatchContainer
{
    [Id(0)]
    public StreamId StreamId { get; } = streamId;

    [Id(1)]
    public LogRecord Record { get; } = record;

    [Id(2)]
    private readonly EventSequenceTokenV2 _token = new(record.Position, index);

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
