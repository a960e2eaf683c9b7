namespace Olympics.Orleans.EventStore;

/// <summary>Rules for stream ids: "&lt;category&gt;-&lt;key&gt;", such as "session-ATH01".</summary>
public static class StreamIds
{
    /// <summary>Longest stream id accepted.</summary>
    public const int MaxLength = 256;

    /// <summary>The category of a stream: its id up to the first '-' (the whole id when there is none).</summary>
    public static string CategoryOf(string streamId)
    {
        var dash = streamId.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? streamId : streamId[..dash];
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the reason when a stream id is unusable.</summary>
    public static void Validate(string streamId)
    {
        if (string.IsNullOrWhiteSpace(streamId))
        {
            throw new ArgumentException("Stream id must not be empty.", nameof(streamId));
        }

        if (streamId.Length > MaxLength)
        {
            throw new ArgumentException($"Stream id is {streamId.Length} characters; at most {MaxLength} are allowed.", nameof(streamId));
        }
    }
}
