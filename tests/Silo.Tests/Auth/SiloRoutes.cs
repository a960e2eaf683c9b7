using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Olympics.Orleans.Silo.Tests.Auth;

/// <summary>The routes of a silo as its endpoint data sources hold them, for the sweeps that walk every route.</summary>
internal static class SiloRoutes
{
    /// <summary>Each route once per HTTP method ("*" when it takes any), e.g. ("PUT", "/venues/{code}").</summary>
    public static IEnumerable<(string Method, string Route, RouteEndpoint Endpoint)> All(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (m, e.RoutePattern.RawText!, e)));

    /// <summary>A path that matches the route: each parameter (a catch-all, {page:int}, {code}) gets "1".</summary>
    public static string SamplePath(RouteEndpoint route) =>
        "/" + string.Join('/', route.RoutePattern.PathSegments.Select(s => s.IsSimple && s.Parts[0] is RoutePatternLiteralPart literal ? literal.Content : "1"));
}
