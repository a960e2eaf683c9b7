using Olympics.Orleans.Silo.Auth;
using Orleans.Dashboard;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// The Orleans dashboard under <see cref="Path"/>, for operators only: it shows every grain's state (live results
/// included) and the silo's logs. The admin key is accepted in X-API-KEY (scripts, a proxy that adds it) or as the
/// password of HTTP Basic authentication, which a browser asks for once and then sends with the page's every call
/// (<see cref="ApiKeyHandler"/>; a refusal here carries <c>WWW-Authenticate: Basic</c>, <see cref="AuthorizationProblems"/>).
/// With no <c>Admin:ApiKey</c> configured nobody gets in.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    public static void MapDashboardEndpoints(this WebApplication app) =>
        app.MapOrleansDashboard(Path)
            .ExcludeFromDescription()
            .RequireAuthorization(SiloPolicies.Operator);
}
