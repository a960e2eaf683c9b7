using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds.Streams;

/// <summary>
/// A stored event as a results stream carries it, with <see cref="Previous"/>: the queue that read it guarantees that
/// the stream has no message between <see cref="Previous"/> and <see cref="Position"/> (the position of the stream's
/// message before this one, or where the queue started reading the log). A consumer that has seen everything up to
/// <see cref="Previous"/> missed nothing; one that has not reads the gap from the log.
/// </summary>
[GenerateSerializer, Immutable, Alias("olympics.results.log-record.v1")]
public sealed record LogRecord(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string StreamId,
    [property: Id(2)] long StreamVersion,
    [property: Id(3)] string Type,
    [property: Id(4)] string Data,
    [property: Id(5)] string? CorrelationId,
    [property: Id(6)] string? CausationId,
    [property: Id(7)] string? Actor,
    [property: Id(8)] string? TraceId,
    [property: Id(9)] DateTimeOffset Timestamp,
    [property: Id(10)] long Position,
    [property: Id(11)] long Previous)
{
    /// <summary>The log position as the feeds write it (the resume token's form).</summary>
    public GlobalPosition GlobalPosition => new(0, Position);

    /// <summary><see cref="Previous"/> as a log position.</summary>
    public GlobalPosition PreviousPosition => new(0, Previous);

    internal static LogRecord From(StoredEvent stored, long previous) => new(
        stored.Id, stored.StreamId, stored.StreamVersion, stored.Type, stored.Data, stored.Metadata.CorrelationId,
        stored.Metadata.CausationId, stored.Metadata.Actor, stored.Metadata.TraceId, stored.Timestamp, stored.Position.Sequence, previous);

    internal StoredEvent ToStored() => new(
        Id, StreamId, StreamVersion, Type, Data, new EventMetadata(CorrelationId, CausationId, Actor, TraceId), Timestamp, GlobalPosition);
}
