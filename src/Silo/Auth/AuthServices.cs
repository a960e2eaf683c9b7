using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Olympics.Orleans.Silo.Auth;

internal static class AuthServices
{
    /// <summary>
    /// Adds authentication (<see cref="SiloSchemes"/>), one authorization policy per role (<see cref="SiloPolicies"/>)
    /// answered with problem details, the role keys of the accreditation offices and competition management, access
    /// tokens, and CORS for the browser origins in <c>Cors:Origins</c>. Call after the feeds and the ODF ingest.
    /// </summary>
    public static IServiceCollection AddSiloAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RoleKeys.From(configuration, "Accreditations:Offices", SiloRoles.Office, "Accreditation offices"));
        services.AddSingleton(RoleKeys.From(configuration, "Competition:Managers", SiloRoles.Management, "Competition managers"));
        services.AddSingleton(RoleKeys.From(configuration, "Workforce:Planners", SiloRoles.Workforce, "Workforce planners"));
        SharedKeyCheck.Run(configuration);
        services.AddSingleton(sp => AccessTokens.From(configuration, sp.GetRequiredService<TimeProvider>()));
        AccessTokens.From(configuration, TimeProvider.System); // a bad setting stops the silo at start, not at the first token
        services.AddSingleton<SiloCredentials>();
        services.AddAuthentication(SiloSchemes.Default)
            .AddPolicyScheme(SiloSchemes.Default, "X-API-KEY, or ?access_token= on the streams", o => o.ForwardDefaultSelector = SiloSchemes.Select)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(SiloSchemes.ApiKey, "API key in the X-API-KEY header (or the Basic password)", null)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(SiloSchemes.AccessToken, "Token from POST /auth/token in ?access_token=", null);
        services.AddAuthorizationBuilder().AddPolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(origins).WithMethods("GET", "POST")
            .WithHeaders(Feeds.FeedAccess.ApiKeyHeader, "Content-Type", "Last-Event-ID")));
        return services;
    }

    private static void AddPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (policy, role) in SiloPolicies.Roles)
        {
            builder.AddPolicy(policy, p => p.RequireRole(role));
        }
    }
}
