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

/// <summary>Imports usually stamp one metadata on every event: serialize it once, not per row.</summary>
internal sealed class MetadataJsonCache
{
    private EventMetadata? _last;
    private string _json = "";

    public string Get(EventMetadata metadata)
    {
        if (!ReferenceEquals(metadata, _last))
        {
            (_last, _json) = (metadata, MetadataJson.Write(metadata));
        }

        return _json;
    }
}
