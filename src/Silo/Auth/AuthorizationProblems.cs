using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Olympics.Orleans.Silo.Endpoints;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// Answers a refused request with RFC 7807 problem details naming the reason: 401 when no credential was sent or it is
/// nobody's (or expired, or revoked), 403 when the credential is valid but its role is not one the route admits.
/// </summary>
internal sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private static readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal)
    {
        [SiloRoles.Operator] = "Admin:ApiKey",
        [SiloRoles.Source] = "Odf:Sources",
        [SiloRoles.Office] = "Accreditations:Offices",
        [SiloRoles.Management] = "Competition:Managers",
        [SiloRoles.Consumer] = "Feeds:Consumers",
        [SiloRoles.Workforce] = "Workforce:Planners",
    };

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Challenged && !authorizeResult.Forbidden)
        {
            await next(context);
            return;
        }

        var roles = (authorizeResult.AuthorizationFailure?.FailedRequirements ?? policy.Requirements)
            .OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToList();
        var whose = string.Join(" or ", roles.Select(r => $"{r} ({_settings.GetValueOrDefault(r, r)})"));
        Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult problem;
        if (authorizeResult.Challenged)
        {
            // The failure of the default scheme, kept by its handler for this request: unknown key, expired token...
            var failure = (await context.AuthenticateAsync()).Failure?.Message;
            var tokens = SiloSchemes.TokenPaths.Contains(context.Request.Path.Value, StringComparer.OrdinalIgnoreCase)
                ? $", or a token from POST /auth/token in ?{AccessTokens.QueryParameter}="
                : "";
            problem = TypedResults.Problem(statusCode: 401, title: "Unauthorized",
                detail: $"{failure ?? "No credential was sent."} This route is for {whose}: send its key in the X-API-KEY header{tokens}.");
            if (context.Request.Path.StartsWithSegments(DashboardEndpoints.Path))
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"Olympics silo operators\", charset=\"UTF-8\"";
            }
        }
        else
        {
            problem = TypedResults.Problem(statusCode: 403, title: "Forbidden",
                detail: $"The credential is {SiloPrincipal.Actor(context.User)}'s; this route is for {whose} only.");
        }

        await problem.ExecuteAsync(context);
    }
}
