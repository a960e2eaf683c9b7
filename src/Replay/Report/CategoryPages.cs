using System.Runtime.CompilerServices;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// A category's events in global order up to a position, read a page at a time: memory holds one page, never the
/// history. A command that reads several categories reads each up to the same position, taken before the first read,
/// so what one category says about another (the session of a delivered document) is never older than what it reads.
/// </summary>
internal static class CategoryPages
{
    public const int PageSize = 2000;

    public static async IAsyncEnumerable<StoredEvent> ReadAsync(IEventStore store, string category, GlobalPosition upTo, [EnumeratorCancellation] CancellationToken ct)
    {
        GlobalPosition? after = null;
        for (var page = PageSize; page == PageSize;)
        {
            page = 0;
            await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(after, category, PageSize), ct))
            {
                if (stored.Position > upTo)
                {
                    yield break;
                }

                (after, page) = (stored.Position, page + 1);
                yield return stored;
            }
        }
    }
}
