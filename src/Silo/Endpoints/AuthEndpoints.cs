using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>A feed consumer's key exchanged for a short-lived token a browser can put in the address of a stream.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this WebApplication app) =>
        app.MapPost("/auth/token", (HttpContext http, FeedConsumerKeys keys, AccessTokens tokens) =>
        {
            var (token, expiresAt) = tokens.Issue(keys.Of(http.User).Name);
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new AccessTokenView(token, expiresAt));
        })
        .RequireAuthorization(SiloPolicies.FeedConsumer)
        .WithTags("Feeds")
        .WithSummary("Exchange a feed consumer's key (X-API-KEY) for a token valid for Auth:TokenLifetime (default 5 minutes) in ?access_token= of /feeds/sse and /feeds/ws");
}
