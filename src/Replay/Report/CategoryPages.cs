using System.Runtime.CompilerServices;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Report;

/// <summary>A category's events in global order, read a page at a time: memory holds one page, never the history.</summary>
internal static class CategoryPages
{
    public const int PageSize = 2000;

    public static async IAsyncEnumerable<StoredEvent> ReadAsync(IEventStore store, string category, [EnumeratorCancellation] CancellationToken ct)
    {
        GlobalPosition? after = null;
        for (var page = PageSize; page == PageSize;)
        {
            page = 0;
            await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(after, category, PageSize), ct))
            {
                (after, page) = (stored.Position, page + 1);
                yield return stored;
            }
        }
    }
}
