using Microsoft.Extensions.Logging;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Reads a stored event as a feed entry: its message, and the sessions it is for.</summary>
public sealed partial class FeedDecoder(EventSerializer serializer, FeedDocumentSessions sessions, ILogger<FeedDecoder> logger)
{
    /// <summary>The entry of a stored event; null when it is not a feed message (or cannot be read, which is logged).</summary>
    public FeedEntry? Decode(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        object data;
        try
        {
            data = serializer.Deserialize(stored.Type, stored.Data);
        }
        catch (UnknownEventTypeException)
        {
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever makes an event unreadable (a JsonException usually), it is left out here, said once, and the
            // reader goes on: failing the follow would skip it silently at the restart anyway.
            LogUnreadable(e, stored.StreamId, stored.StreamVersion);
            return null;
        }

        return FeedMessages.From(stored, data) is { } message ? new FeedEntry(message, stored.Position, sessions.Of(message.Header)) : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed event {StreamId} version {Version} cannot be read; it is left out of the feeds")]
    private partial void LogUnreadable(Exception exception, string streamId, long version);
}
