using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Push;

/// <summary>
/// The messages read for a partner and not yet delivered, in feed order, coalesced: a newer version of a pending
/// document replaces the older one (and takes its place in the order), and a document goes out at most once per
/// window. The head waits for its document's window; the messages behind it wait too, so deliveries stay in feed order
/// and the checkpoint (the last delivered token) never passes an undelivered message.
/// </summary>
public sealed class PushBacklog(TimeSpan window)
{
    private readonly LinkedList<FeedMessage> _pending = [];
    private readonly Dictionary<string, LinkedListNode<FeedMessage>> _byDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    /// <summary>Messages waiting.</summary>
    public int Count => _pending.Count;

    /// <summary>Adds a message read from the feed, replacing a pending older version of its document.</summary>
    public void Add(FeedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_byDocument.Remove(message.DocumentKey, out var older))
        {
            _pending.Remove(older);
        }

        _byDocument[message.DocumentKey] = _pending.AddLast(message);
    }

    /// <summary>The next message to deliver and the moment it may go out; null when nothing is pending.</summary>
    public (FeedMessage Message, DateTimeOffset Due)? Peek()
    {
        if (_pending.First is not { } head)
        {
            return null;
        }

        var due = _lastSent.TryGetValue(head.Value.DocumentKey, out var sent) ? sent + window : DateTimeOffset.MinValue;
        return (head.Value, due);
    }

    /// <summary>The head was delivered at <paramref name="at"/>: removes it and starts its document's window.</summary>
    public void Delivered(DateTimeOffset at)
    {
        var head = _pending.First ?? throw new InvalidOperationException("Nothing is pending.");
        _pending.RemoveFirst();
        _byDocument.Remove(head.Value.DocumentKey);
        _lastSent[head.Value.DocumentKey] = at;
        if (_lastSent.Count > 4096)
        {
            foreach (var stale in _lastSent.Where(s => s.Value + window <= at).Select(s => s.Key).ToList())
            {
                _lastSent.Remove(stale);
            }
        }
    }
}
