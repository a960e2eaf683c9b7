using System.Runtime.CompilerServices;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>Where an audit reads: one stream in version order, or a category (or everything) in global order, page by page.</summary>
internal static class AuditSource
{
    /// <summary>Events per page of a category export: enough to keep PostgreSQL busy, few enough to stay small in memory.</summary>
    public const int PageSize = 2_000;

    public static IAsyncEnumerable<StoredEvent> StreamAsync(IEventStore store, string streamId, DateTimeOffset? to, CancellationToken ct) =>
        store.ReadStreamAsync(streamId, new ReadStreamOptions(AsOf: to), ct);

    /// <summary>Every settled event of <paramref name="category"/> (every category when null), one page in memory at a time.</summary>
    public static async IAsyncEnumerable<StoredEvent> CategoryAsync(
        IEventStore store, string? category, int pageSize = PageSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        GlobalPosition? after = null;
        while (true)
        {
            var read = 0;
            await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(after, category, pageSize), ct))
            {
                after = stored.Position;
                read++;
                yield return stored;
            }

            if (read == 0)
            {
                yield break;
            }
        }
    }
}
