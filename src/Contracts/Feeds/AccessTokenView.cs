namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>
/// A short-lived token for a feed consumer (<c>POST /auth/token</c>): put it in <c>?access_token=</c> of
/// <c>/feeds/sse</c> or <c>/feeds/ws</c>, where a browser cannot send the X-API-KEY header. It opens a stream until
/// <paramref name="ExpiresAt"/>; a stream opened in time keeps running after it (until revocation or close).
/// </summary>
/// <param name="AccessToken">The token, safe in a URL.</param>
/// <param name="ExpiresAt">When the token stops opening streams (UTC).</param>
public sealed record AccessTokenView(string AccessToken, DateTimeOffset ExpiresAt);
