using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>Who a request's key belongs to, unless that key was revoked.</summary>
internal sealed class FeedAccess(FeedConsumerKeys keys, FeedRevocations revocations)
{
    public const string ApiKeyHeader = "X-API-KEY";

    public FeedConsumer? Authenticate(HttpRequest request) =>
        keys.Authenticate(request.Headers[ApiKeyHeader]) is { } consumer && !revocations.IsRevoked(consumer.Name) ? consumer : null;

    public bool IsRevoked(FeedConsumer consumer) => revocations.IsRevoked(consumer.Name);

    public static IResult Unauthorized() => TypedResults.Problem(statusCode: 401, title: "Unauthorized",
        detail: $"The {ApiKeyHeader} header is missing, is not the key of any feed consumer, or was revoked.");
}
