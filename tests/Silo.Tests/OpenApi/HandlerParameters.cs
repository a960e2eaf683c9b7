using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Silo.Tests.OpenApi;

/// <summary>Where a route handler's parameters come from (path, query, header, body), read from its method, not from the generator.</summary>
internal static class HandlerParameters
{
    /// <summary>The handler's parameters that the caller sends, other than route values; none for an endpoint that is no route handler.</summary>
    public static IEnumerable<(string Name, string In)> Of(RouteEndpoint endpoint, IServiceProviderIsService services) =>
        (endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? []).Select(p => Binding(p, endpoint.RoutePattern, services)).OfType<(string Name, string In)>();

    // Minimal APIs' binding rules, as far as the description cares: explicit attributes, then route values, services and
    // the request's own objects, simple types from the query, anything else from a JSON body.
    private static (string Name, string In)? Binding(ParameterInfo parameter, RoutePattern route, IServiceProviderIsService services)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.GetCustomAttribute<FromHeaderAttribute>() is { } header)
        {
            return (header.Name ?? parameter.Name!, "header");
        }

        if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
        {
            return (query.Name ?? parameter.Name!, "query");
        }

        if (parameter.GetCustomAttribute<FromBodyAttribute>() is not null)
        {
            return (parameter.Name!, "body");
        }

        if (route.GetParameter(parameter.Name!) is not null || parameter.GetCustomAttribute<FromServicesAttribute>() is not null
            || Special(type) || services.IsService(type))
        {
            return null;
        }

        return Simple(type) ? (parameter.Name!, "query") : (parameter.Name!, "body");
    }

    private static bool Special(Type type) =>
        type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(HttpResponse) || type == typeof(CancellationToken)
        || type == typeof(ClaimsPrincipal) || type == typeof(Stream) || type == typeof(System.IO.Pipelines.PipeReader);

    private static bool Simple(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum
        || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not null;
}
