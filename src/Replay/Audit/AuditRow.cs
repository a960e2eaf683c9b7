using System.Globalization;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>
/// One line of history: when (UTC and venue local), which stream and version, the stored event name, what changed (the
/// event's fields, long texts shortened), by whom (the metadata actor), why (its reason or note) and the correlation ids.
/// <see cref="Data"/> lives only while the row is written.
/// </summary>
internal readonly record struct AuditRow(StoredEvent Event, JsonElement Data, TimeZoneInfo? Zone)
{
    private const int LongText = 120;

    // Text for people and files, never for HTML: '+' and apostrophes stay as they are.
    private static readonly JsonSerializerOptions _plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = _plain.Encoder };

    public string AtUtc => Event.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public string? AtLocal => Zone is null ? null : TimeZoneInfo.ConvertTime(Event.Timestamp, Zone).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public string? Reason => Why(Data, "reason") ?? Why(Data, "note");

    /// <summary>The fields other than the reason, as name=value; name=value.</summary>
    public string Changes()
    {
        if (Data.ValueKind != JsonValueKind.Object)
        {
            return Shorten(JsonSerializer.Serialize(Data, _plain), LongText);
        }

        var text = new StringBuilder();
        foreach (var field in Data.EnumerateObject())
        {
            if (IsWhy(field.Name) || field.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            text.Append(text.Length == 0 ? "" : "; ").Append(field.Name).Append('=')
                .Append(Shorten(field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : JsonSerializer.Serialize(field.Value, _plain), LongText));
        }

        return text.ToString();
    }

    /// <summary>The fields other than the reason as a JSON object, long texts shortened.</summary>
    public void WriteChanges(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Data.ValueKind != JsonValueKind.Object)
        {
            Copy(writer, Data);
            return;
        }

        writer.WriteStartObject();
        foreach (var field in Data.EnumerateObject().Where(f => !IsWhy(f.Name)))
        {
            writer.WritePropertyName(field.Name);
            Copy(writer, field.Value);
        }

        writer.WriteEndObject();
    }

    public static bool IsWhy(string field) => field is "reason" or "note";

    private static void Copy(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(Shorten(value.GetString()!, 4 * LongText));
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var field in value.EnumerateObject())
                {
                    writer.WritePropertyName(field.Name);
                    Copy(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Copy(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static string? Why(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, length)}… ({text.Length:N0} characters)");
}
