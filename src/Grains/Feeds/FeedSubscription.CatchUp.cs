using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>A subscriber behind the hub's window reads the store, in pages, in global order.</summary>
public sealed partial class FeedSubscription
{
    private async Task CatchUpAsync(List<FeedEntry> batch, CancellationToken ct)
    {
        if (_page.Count == 0)
        {
            await foreach (var stored in _hub.Store.ReadAllAsync(new ReadAllOptions(_position, FeedMessages.Category, PageSize), ct))
            {
                _page.Enqueue((stored.Position, _hub.Decode(stored)));
            }

            if (_page.Count == 0)
            {
                // Nothing readable after this position, yet the window does not start at or before it: the window
                // starts at an event the store has, so this only passes; look again shortly.
                await Task.Delay(_storeBehind, _hub.Time, ct);
                return;
            }
        }

        var tier = Filter.Consumer.Tier;
        while (batch.Count < MaxBatch && _page.TryPeek(out var next))
        {
            if (next.Entry is { } entry && Filter.Matches(entry))
            {
                if (_hub.Embargo.VisibleFrom(tier, entry.Message.StoredAt) > _hub.Time.GetUtcNow())
                {
                    if (batch.Count > 0)
                    {
                        return; // what is ready goes out before waiting for the next one's embargo
                    }

                    await _hub.Embargo.WaitAsync(tier, entry.Message.StoredAt, _hub.Time, ct);
                }

                batch.Add(entry);
            }

            _page.Dequeue();
            _position = next.Position;
        }
    }
}
