using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>How snapshot endpoints admit a consumer and answer: the per-key rate (429), ETag and Cache-Control, 304.</summary>
internal static class SnapshotAnswer
{
    /// <summary>The authenticated consumer, or the refusal to send: 429 over its rate.</summary>
    public static (FeedConsumer? Consumer, IResult? Refusal) Admit(HttpContext http, FeedConsumerKeys keys, FeedLimits limits)
    {
        var consumer = keys.Of(http.User);
        using var lease = limits.Request(consumer.Name);
        return lease.IsAcquired
            ? (consumer, null)
            : (null, FeedLimits.TooMany(lease, $"Consumer '{consumer.Name}' is over its snapshot request rate.", TimeSpan.FromSeconds(1)));
    }

    /// <summary>
    /// 200 with the view (its JSON made once per tag), or 304 when If-None-Match names its tag. CIS answers are "no-store" (nothing may keep them past
    /// the embargo of others); FEED answers may be cached for a second.
    /// </summary>
    public static IResult Of<T>(HttpContext http, FeedTier tier, Snapshot<T> snapshot) => NotModified(http, tier, snapshot.ETag)
        ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
        : TypedResults.Bytes(http.RequestServices.GetRequiredService<SnapshotBodies>().Of(snapshot.ETag, snapshot.View), "application/json");

    /// <summary>Sets the ETag and the tier's Cache-Control; true when If-None-Match names the tag (answer 304).</summary>
    public static bool NotModified(HttpContext http, FeedTier tier, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = tier == FeedTier.Cis ? "no-store" : "public, max-age=1";
        return http.Request.Headers.IfNoneMatch.ToString().Split(',', StringSplitOptions.TrimEntries).Any(t => t == etag || t == "*");
    }
}
