using System.Text;
using System.Text.Json;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>
/// The saved form most projections use: one JSON object per line, in the order given (callers sort by key so the
/// same state gives the same bytes), with the settings of events and snapshots. Read back one line at a time.
/// </summary>
public static class ProjectionState
{
    /// <summary>Writes <paramref name="entries"/> as JSON lines.</summary>
    public static void WriteLines<T>(Stream destination, IEnumerable<T> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new Utf8JsonWriter(destination);
        foreach (var entry in entries)
        {
            JsonSerializer.Serialize(writer, entry, EventSerializer.JsonOptions);
            writer.Flush();
            writer.Reset();
            destination.WriteByte((byte)'\n');
        }
    }

    /// <summary>Reads the JSON lines written by <see cref="WriteLines{T}"/>.</summary>
    public static IEnumerable<T> ReadLines<T>(Stream source)
    {
        using var reader = new StreamReader(source, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return JsonSerializer.Deserialize<T>(line, EventSerializer.JsonOptions)
                    ?? throw new JsonException($"A saved {typeof(T).Name} is null.");
            }
        }
    }
}

/// <summary>How a projection that folds each stream saves one: its key, the stream version folded, and the aggregate's state.</summary>
public sealed record SavedStreamState<TState>(string Key, long Version, TState State);
