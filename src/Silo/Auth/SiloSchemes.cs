namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// The authentication schemes, registered by name so the API description can show them: an API key in
/// <c>X-API-KEY</c>, and for the two streams a browser opens, a short-lived token in <c>?access_token=</c>. The default
/// scheme forwards each request to one of them.
/// </summary>
internal static class SiloSchemes
{
    public const string Default = "Silo";
    public const string ApiKey = "ApiKey";
    public const string AccessToken = "AccessToken";

    /// <summary>The routes that take <c>?access_token=</c>: EventSource and WebSocket cannot set headers in a browser.</summary>
    public static readonly string[] TokenPaths = ["/feeds/sse", "/feeds/ws"];

    public static string Select(HttpContext context) =>
        context.Request.Query.ContainsKey(AccessTokens.QueryParameter) && TokenPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
            ? AccessToken
            : ApiKey;
}
