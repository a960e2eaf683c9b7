using System.Text.Json;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>Event metadata as stored in the jsonb column.</summary>
internal static class MetadataJson
{
    public static string Write(EventMetadata metadata) => JsonSerializer.Serialize(metadata, EventSerializer.JsonOptions);

    public static EventMetadata Read(string json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, EventSerializer.JsonOptions) ?? EventMetadata.Empty;
}
