using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// Who a request's key belongs to, unless that key was revoked. No key is accepted until this silo's revocations
/// have caught up with every revocation stored before it started, so a restart never lets a revoked key back in.
/// </summary>
internal sealed class FeedAccess(FeedConsumerKeys keys, FeedRevocations revocations, IEventStore store)
{
    public const string ApiKeyHeader = "X-API-KEY";
    private Task? _caughtUp;

    /// <summary>Who the <paramref name="presented"/> key belongs to, unless it was revoked.</summary>
    public async Task<FeedConsumer?> AuthenticateAsync(HttpRequest request, string? presented) =>
        keys.Authenticate(presented) is { } consumer ? await AdmitAsync(consumer, request.HttpContext.RequestAborted) : null;

    /// <summary>The consumer, unless it was revoked (after this silo's revocations caught up).</summary>
    public async Task<FeedConsumer?> AdmitAsync(FeedConsumer consumer, CancellationToken cancellationToken)
    {
        await CaughtUp().WaitAsync(cancellationToken);
        return revocations.IsRevoked(consumer.Name) ? null : consumer;
    }

    public bool IsRevoked(FeedConsumer consumer) => revocations.IsRevoked(consumer.Name);

    // Started once; a failed catch-up (store down) is tried again by the next request instead of refusing forever.
    private Task CaughtUp()
    {
        var task = _caughtUp;
        if (task is null || task.IsFaulted || task.IsCanceled)
        {
            task = CatchUpAsync(store, revocations);
            _caughtUp = task;
        }

        return task;
    }

    private static async Task CatchUpAsync(IEventStore store, FeedRevocations revocations)
    {
        GlobalPosition? last = null;
        while (true)
        {
            var page = await store.ReadAllAsync(new ReadAllOptions(last, FeedRevocations.StreamCategory)).Select(e => e.Position).ToListAsync();
            if (page.Count == 0)
            {
                break;
            }

            last = page[^1];
        }

        if (last is { } position)
        {
            await revocations.WaitForAsync(position);
        }
    }
}
