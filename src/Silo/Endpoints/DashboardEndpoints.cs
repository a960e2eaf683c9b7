using System.Net.Http.Headers;
using System.Text;
using Olympics.Orleans.Silo.Feeds;
using Orleans.Dashboard;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// The Orleans dashboard under <see cref="Path"/>, for operators only: it shows every grain's state (live results
/// included) and the silo's logs. The admin key is accepted in X-API-KEY (scripts, a proxy that adds it) or as the
/// password of HTTP Basic authentication, which a browser asks for once and then sends with the page's every call.
/// With no <c>Admin:ApiKey</c> configured nobody gets in.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    public static void MapDashboardEndpoints(this WebApplication app) =>
        app.MapOrleansDashboard(Path)
            .ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (http.RequestServices.GetRequiredService<AdminKey>().Accepts(PresentedKey(http.Request)))
                {
                    return await next(context);
                }

                http.Response.Headers.WWWAuthenticate = "Basic realm=\"Olympics silo operators\", charset=\"UTF-8\"";
                return TypedResults.Problem(statusCode: 401, title: "Unauthorized",
                    detail: "The dashboard is for operators: send Admin:ApiKey in X-API-KEY, or as the password of HTTP Basic authentication.");
            });

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[OdfEndpoints.ApiKeyHeader].ToString() is { Length: > 0 } header)
        {
            return header;
        }

        // Basic credentials are base64("user:password"); the user name is not checked, the password is the key.
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var authorization)
            && authorization.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && authorization.Parameter is { } parameter)
        {
            var bytes = new byte[parameter.Length];
            if (Convert.TryFromBase64String(parameter, bytes, out var length))
            {
                var credentials = Encoding.UTF8.GetString(bytes, 0, length);
                return credentials.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? credentials[(colon + 1)..] : null;
            }
        }

        return null;
    }
}
