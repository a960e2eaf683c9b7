using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The position of the last readable event of a category, found with one-row reads on the store's category order
/// (an index on PostgreSQL): first a galloping search and a bisection on the transaction id, then the rest of that
/// transaction. A few dozen probes instead of reading the Games' history at every start.
/// </summary>
public static class FeedStoreEnd
{
    /// <summary>The position of the last event of <paramref name="category"/> the store lets readers see now; the start when it has none.</summary>
    public static async Task<GlobalPosition> FindAsync(IEventStore store, string category, CancellationToken ct)
    {
        if (await FirstAfterAsync(store, category, GlobalPosition.Start, ct) is not { } last)
        {
            return GlobalPosition.Start;
        }

        // Some event has transaction id `low` (the last one found); once `high` is known, none has one above it.
        var low = last.Position.TransactionId;
        ulong? high = null;
        ulong step = 1;
        while (high is not { } h || low < h)
        {
            var probe = high is { } known ? low + ((known - low) / 2) : low + step;
            if (await FirstAfterAsync(store, category, new GlobalPosition(probe, long.MaxValue), ct) is { } found)
            {
                (last, low) = (found, found.Position.TransactionId);
                step *= 2;
            }
            else
            {
                high = probe;
            }
        }

        while (true)
        {
            var rest = await store.ReadAllAsync(new ReadAllOptions(last.Position, category, 100), ct).LastOrDefaultAsync(ct);
            if (rest is null)
            {
                return last.Position;
            }

            last = rest;
        }
    }

    private static ValueTask<StoredEvent?> FirstAfterAsync(IEventStore store, string category, GlobalPosition after, CancellationToken ct) =>
        store.ReadAllAsync(new ReadAllOptions(after, category, 1), ct).FirstOrDefaultAsync(ct);
}
