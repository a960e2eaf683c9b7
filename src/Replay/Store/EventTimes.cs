using System.Text.Json;

namespace Olympics.Orleans.Replay.Store;

/// <summary>
/// The time an event carries itself (its <c>at</c>: the time of the command, for results the venue's time of the ODF
/// message), as opposed to when it was recorded. Read from the stored JSON without knowing the event's type.
/// </summary>
internal static class EventTimes
{
    /// <summary>The event's own time, or null when it carries none.</summary>
    public static DateTimeOffset? Of(string data)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(data));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var at = reader.ValueTextEquals("at"u8);
            reader.Read();
            if (at)
            {
                return reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var time) ? time : null;
            }

            reader.Skip();
        }

        return null;
    }
}
