namespace Olympics.Orleans.EventStore;

/// <summary>An event as stored: its stream, version within the stream, commit timestamp (UTC) and global position.</summary>
public sealed record StoredEvent(
    Guid Id,
    string StreamId,
    long StreamVersion,
    string Type,
    string Data,
    EventMetadata Metadata,
    DateTimeOffset Timestamp,
    GlobalPosition Position);
