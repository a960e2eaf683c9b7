namespace Olympics.Orleans.EventStore;

/// <summary>The outcome of an append: the stream's new version and the position of the last event written.</summary>
public sealed record AppendResult(long StreamVersion, GlobalPosition LastPosition);

/// <summary>The outcome of a bulk append.</summary>
public sealed record BulkAppendResult(int Streams, long Events);

/// <summary>A new stream and its first events, for <see cref="IEventStore.BulkAppendAsync"/>.</summary>
public sealed record StreamImport(string StreamId, IReadOnlyList<EventData> Events);
