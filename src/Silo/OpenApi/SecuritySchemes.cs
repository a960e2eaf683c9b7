using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>
/// How callers present credentials: an API key in the X-API-KEY header (every caller), or for streams, which a browser
/// opens without custom headers, a short-lived token in the access_token query parameter.
/// </summary>
internal sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public const string ApiKey = "ApiKey";
    public const string AccessToken = "AccessToken";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-API-KEY",
            Description = "The caller's key: a venue's results source, a feed consumer (by tier), or the operators' Admin:ApiKey.",
        };
        document.Components.SecuritySchemes[AccessToken] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = "access_token",
            Description = "A short-lived signed token for SSE and WebSocket streams, which browsers open without custom headers.",
        };
        return Task.CompletedTask;
    }
}
