using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Olympics.Orleans.EventStore;

/// <summary>Argument checks shared by every store, so both implementations refuse the same input the same way.</summary>
internal static class AppendGuard
{
    public static void Validate(string streamId, long expectedVersion, IReadOnlyList<EventData> events)
    {
        StreamIds.Validate(streamId);
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedVersion, ExpectedVersion.Any);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        foreach (var e in events)
        {
            ValidateEvent(e);
        }
    }

    public static void ValidateCount(int count, string name)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(name, count, $"{name} must be at least 1.");
        }
    }

    public static void ValidateBulk(IReadOnlyList<StreamImport> streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stream in streams)
        {
            Validate(stream.StreamId, ExpectedVersion.NoStream, stream.Events);
            if (!seen.Add(stream.StreamId))
            {
                throw new ArgumentException($"Stream '{stream.StreamId}' appears twice in one bulk append.", nameof(streams));
            }
        }
    }

    private static bool IsJson(string data)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(data.Length));
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(data, buffer)));
            while (reader.Read())
            {
                // PostgreSQL's jsonb refuses \u0000; refuse it here so both stores agree and the error says why.
                if (reader.ValueIsEscaped && reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ValidateEvent(EventData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (string.IsNullOrWhiteSpace(e.Type))
        {
            throw new ArgumentException("Event type must not be empty.", nameof(e));
        }

        if (string.IsNullOrWhiteSpace(e.Data))
        {
            throw new ArgumentException($"Event of type '{e.Type}' has no data; use \"{{}}\" for an empty payload.", nameof(e));
        }

        if (!IsJson(e.Data))
        {
            throw new ArgumentException($"Event of type '{e.Type}' has data that is not valid JSON (or holds a \\u0000 character, which PostgreSQL cannot store).", nameof(e));
        }
    }
}
