using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>
/// Derives who may call a route from its endpoint metadata, so the description follows <c>.RequireAuthorization(...)</c>
/// and <c>.AllowAnonymous()</c> wherever they are applied: a route that needs an authenticated caller answers 401, one
/// that names a policy, roles or requirements also 403; it carries the security requirement of the API key, and streams
/// (SSE, WebSocket) that of the access token as an alternative. A route that checks a key by hand and documents its 401
/// gets the API key's requirement too.
/// </summary>
internal sealed class AuthorizationResponses : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        var requirements = metadata.OfType<IAuthorizationRequirementData>().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous && (authorize.Count > 0 || policies.Count > 0 || requirements.Count > 0))
        {
            await ProblemResponses.AddAsync(operation, StatusCodes.Status401Unauthorized,
                "No credentials, or credentials that are unknown, expired or revoked.", context, cancellationToken);
            var restricted = authorize.Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles))
                || requirements.Count > 0
                || policies.Any(p => p.Requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement));
            if (restricted)
            {
                await ProblemResponses.AddAsync(operation, StatusCodes.Status403Forbidden,
                    "The credentials are valid but do not grant this route (role, tier or filter).", context, cancellationToken);
            }
        }

        if (operation.Responses?.ContainsKey("401") == true)
        {
            Secure(operation, context.Document!);
        }
    }

    private static void Secure(OpenApiOperation operation, OpenApiDocument document)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemes.ApiKey, document)] = [] });
        if (IsStream(operation))
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemes.AccessToken, document)] = [] });
        }
    }

    private static bool IsStream(OpenApiOperation operation) =>
        operation.Responses is { } responses
        && (responses.ContainsKey("101") || responses.Values.Any(r => r.Content?.ContainsKey("text/event-stream") == true));
}
