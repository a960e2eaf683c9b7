namespace Olympics.Orleans.EventStore;

/// <summary>An event to append: its stored type name, JSON payload and metadata.</summary>
public sealed record EventData(Guid Id, string Type, string Data, EventMetadata Metadata)
{
    /// <summary>Creates an event with a new version 7 (time-ordered) id.</summary>
    public static EventData Create(string type, string data, EventMetadata? metadata = null) =>
        new(Guid.CreateVersion7(), type, data, metadata ?? EventMetadata.Empty);
}
