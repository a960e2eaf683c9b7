using Microsoft.AspNetCore.Http.Features;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Names each request's span "METHOD /route/{template}" and adds the HTTP semantic-convention tags; otherwise the
/// "Microsoft.AspNetCore" source's span is only "HttpRequestIn", which tells an operator nothing. This is all we
/// need from the ASP.NET Core instrumentation package, so the silo does without it.
/// </summary>
internal static class HttpSpanNames
{
    public static async Task Enrich(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        finally
        {
            if (context.Features.Get<IHttpActivityFeature>()?.Activity is { IsAllDataRequested: true } activity)
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                activity.DisplayName = route is null ? context.Request.Method : $"{context.Request.Method} {route}";
                activity.SetTag("http.request.method", context.Request.Method);
                activity.SetTag("http.route", route);
                activity.SetTag("url.path", context.Request.Path.Value);
                activity.SetTag("http.response.status_code", context.Response.StatusCode);
            }
        }
    }
}
