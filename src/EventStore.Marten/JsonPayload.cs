using System.Text.Json;
using System.Text.Json.Serialization;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// The CLR object Marten appends for a port event: the event's JSON as the port received it. Marten names stored
/// types by CLR type, so the store sets each event's stored type name (<see cref="EventData.Type"/>) itself.
/// </summary>
[JsonConverter(typeof(JsonPayloadConverter))]
internal sealed record JsonPayload(string Json);

/// <summary>Writes the JSON as it is and reads it back as text, so Marten's serializer never reshapes a payload.</summary>
internal sealed class JsonPayloadConverter : JsonConverter<JsonPayload>
{
    public override JsonPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new JsonPayload(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, JsonPayload value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
