using System.Text.Json;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Reads a stored event as a feed entry: its message, and the sessions it is for.</summary>
public sealed partial class FeedDecoder(EventSerializer serializer, FeedDocumentSessions sessions, ILogger<FeedDecoder> logger)
{
    private readonly string _received = serializer.NameOf(typeof(OdfDocumentReceived));
    private readonly string _withdrawn = serializer.NameOf(typeof(OdfDocumentWithdrawn));

    /// <summary>
    /// The header of a stored feed message and the sessions it is for, without reading its body (most of its bytes):
    /// what the results streams' queues need to know which streams a message belongs to. Null when it is not a feed
    /// message, or cannot be read (logged).
    /// </summary>
    public (OdfHeader Header, string[] Sessions)? HeaderOf(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Type != _received && stored.Type != _withdrawn)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<HeaderOnly>(stored.Data, EventSerializer.JsonOptions)?.Header is { } header
                ? (header, sessions.Of(header))
                : null;
        }
        catch (JsonException e)
        {
            LogUnreadable(e, stored.StreamId, stored.StreamVersion);
            return null;
        }
    }

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

    // The body of both ODF events is read past, not into a string.
    private sealed record HeaderOnly(OdfHeader? Header);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed event {StreamId} version {Version} cannot be read; it is left out of the feeds")]
    private partial void LogUnreadable(Exception exception, string streamId, long version);
}
