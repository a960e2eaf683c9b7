using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// One feed message as the hub keeps it: its global position, the sessions its document belongs to, and its encoded
/// frames, made once on first use and shared by every subscriber (never encoded per subscriber).
/// </summary>
public sealed class FeedEntry
{
    private byte[]? _sse;
    private int _sseDataStart;
    private byte[]? _socket;

    internal FeedEntry(FeedMessage message, GlobalPosition position, string[] sessions)
    {
        Message = message;
        Position = position;
        Sessions = sessions;
    }

    /// <summary>The message.</summary>
    public FeedMessage Message { get; }

    /// <summary>Its place in the global order; its resume token is this position's token.</summary>
    public GlobalPosition Position { get; }

    /// <summary>The session codes its document belongs to; empty for none (see <see cref="FeedDocumentSessions"/>).</summary>
    public IReadOnlyList<string> Sessions { get; }

    /// <summary>The message's SSE event, ending with the blank line.</summary>
    public ReadOnlyMemory<byte> SseFrame => SseBytes();

    /// <summary>The message's WebSocket text frame.</summary>
    public ReadOnlyMemory<byte> SocketFrame
    {
        get
        {
            // Two subscribers may encode at once; one result wins and both are the same bytes.
            if (Volatile.Read(ref _socket) is { } frame)
            {
                return frame;
            }

            var sse = SseBytes();
            frame = FeedFrames.Socket(Message.Token, sse.AsSpan(Volatile.Read(ref _sseDataStart)..^2));
            return Interlocked.CompareExchange(ref _socket, frame, null) ?? frame;
        }
    }

    /// <summary>Its index in the hub's window; -1 for an entry read from the store.</summary>
    internal long Index { get; set; } = -1;

    private byte[] SseBytes()
    {
        if (Volatile.Read(ref _sse) is { } frame)
        {
            return frame;
        }

        frame = FeedFrames.Sse(Message, out var dataStart);
        // The data start is the same for every encoding of this message, so it can be set before the frame is published.
        Volatile.Write(ref _sseDataStart, dataStart);
        return Interlocked.CompareExchange(ref _sse, frame, null) ?? frame;
    }
}
