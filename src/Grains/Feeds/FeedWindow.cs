using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The hub's recent messages in global order, in a ring of entries numbered from 0. The hub alone appends and drops;
/// subscribers read without a lock: an index below <see cref="Head"/> holds its entry until it is dropped, after which
/// its slot is empty or holds a later entry, and the reader knows it fell out. The window holds every message after
/// <see cref="Base"/>: the position of the last message dropped (or where the hub started).
/// </summary>
internal sealed class FeedWindow(int capacity, GlobalPosition start)
{
    private readonly FeedEntry?[] _slots = new FeedEntry?[capacity];
    private readonly Lock _gate = new();
    private long _head;
    private long _tail;
    private GlobalPosition _base = start;

    /// <summary>The index the next entry will get: every index below it has been published.</summary>
    public long Head => Volatile.Read(ref _head);

    /// <summary>Every message after this position is in the window (or was dropped after it, moving it on).</summary>
    public GlobalPosition Base
    {
        get
        {
            lock (_gate)
            {
                return _base;
            }
        }
    }

    /// <summary>Adds the next entry, dropping the oldest when the ring is full. Hub only.</summary>
    public void Append(FeedEntry entry)
    {
        lock (_gate)
        {
            if (_head - _tail == _slots.Length)
            {
                DropOldest();
            }

            entry.Index = _head;
            Volatile.Write(ref _slots[_head % _slots.Length], entry);
            // Published after the slot, so a reader that sees the head sees the entry.
            Volatile.Write(ref _head, _head + 1);
        }
    }

    /// <summary>Drops the oldest entries stored before <paramref name="cutoff"/> (up to the first newer one). Hub only.</summary>
    public void DropStoredBefore(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            while (_tail < _head && _slots[_tail % _slots.Length]!.Message.StoredAt < cutoff)
            {
                DropOldest();
            }
        }
    }

    /// <summary>The entry at <paramref name="index"/> (below <see cref="Head"/>), or null when it was dropped.</summary>
    public FeedEntry? At(long index)
    {
        var entry = Volatile.Read(ref _slots[index % _slots.Length]);
        return entry is not null && entry.Index == index ? entry : null;
    }

    /// <summary>
    /// Where a reader that has seen everything up to <paramref name="after"/> continues: the index of the first entry
    /// after it. False when the window no longer holds (or never held) every message after that position.
    /// </summary>
    public bool TryFind(GlobalPosition after, out long index)
    {
        lock (_gate)
        {
            index = -1;
            if (after < _base)
            {
                return false;
            }

            var (low, high) = (_tail, _head);
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (_slots[middle % _slots.Length]!.Position <= after)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            index = low;
            return true;
        }
    }

    private void DropOldest()
    {
        var slot = _tail % _slots.Length;
        _base = _slots[slot]!.Position;
        Volatile.Write(ref _slots[slot], null);
        _tail++;
    }
}
