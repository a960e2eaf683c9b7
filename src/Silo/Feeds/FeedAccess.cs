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

    public Task<FeedConsumer?> AuthenticateAsync(HttpRequest request) => AuthenticateAsync(request, request.Headers[ApiKeyHeader]);

    /// <summary>Who the <paramref name="presented"/> key belongs to, unless it was revoked.</summary>
    public async Task<FeedConsumer?> AuthenticateAsync(HttpRequest request, string? presented)
    {
        if (keys.Authenticate(presented) is not { } consumer)
        {
            return null;
        }

        await CaughtUp().WaitAsync(request.HttpContext.RequestAborted);
        return revocations.IsRevoked(consumer.Name) ? null : consumer;
    }

    public bool IsRevoked(FeedConsumer consumer) => revocations.IsRevoked(consumer.Name);

    public static IResult Unauthorized() => TypedResults.Problem(statusCode: 401, title: "Unauthorized",
        detail: $"The {ApiKeyHeader} header is missing, is not the key of any feed consumer, or was revoked.");

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
