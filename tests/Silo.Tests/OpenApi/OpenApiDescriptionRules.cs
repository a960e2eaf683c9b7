using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Silo.OpenApi;

namespace Olympics.Orleans.Silo.Tests.OpenApi;

/// <summary>
/// What the API description must say about each endpoint of an app, read from the app's endpoint data sources and not
/// from a list: its route and method, its route, query and header parameters, its request body, every status its
/// metadata declares (authorization adds 401, and 403 when it names a policy or roles), errors as RFC 7807 problem
/// details, a schema for every 200, Retry-After on 429 and 503, and a declared security scheme wherever 401 is possible.
/// </summary>
internal static class OpenApiDescriptionRules
{
    private static readonly string[] _problemFields = ["type", "title", "status", "detail", "instance"];

    /// <summary>Every way the document falls short of the endpoints, one line each; empty when it describes them all.</summary>
    public static List<string> Failures(WebApplication app, JsonElement document)
    {
        var failures = new List<string>();
        var services = app.Services.GetRequiredService<IServiceProviderIsService>();
        var paths = document.GetProperty("paths");
        foreach (var endpoint in Described(app))
        {
            var path = PathOf(endpoint.RoutePattern);
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var route = $"{method} {path}";
                if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var operation))
                {
                    failures.Add($"{route}: not in the document");
                    continue;
                }

                failures.AddRange(Parameters(endpoint, services, item, operation).Select(f => $"{route}: {f}"));
                failures.AddRange(Body(endpoint, services, operation).Select(f => $"{route}: {f}"));
                failures.AddRange(Responses(endpoint, document, operation).Select(f => $"{route}: {f}"));
            }
        }

        return failures;
    }

    /// <summary>The app's route endpoints that are not excluded from the description.</summary>
    public static IEnumerable<RouteEndpoint> Described(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true });

    /// <summary>The path as the document writes it: no constraints, no trailing slash ("/venues/{code}/zones/{number}").</summary>
    public static string PathOf(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => throw new InvalidOperationException($"Unexpected route part {p}"),
    }))));

    /// <summary>Whether the endpoint's metadata asks for an authenticated caller.</summary>
    public static bool NeedsAuthorization(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && (endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 || endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0);

    private static IEnumerable<string> Parameters(RouteEndpoint endpoint, IServiceProviderIsService services, JsonElement item, JsonElement operation)
    {
        var documented = new[] { item, operation }
            .SelectMany(e => e.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(p => (Name: p.GetProperty("name").GetString()!, In: p.GetProperty("in").GetString()!))
            .ToHashSet();
        var expected = endpoint.RoutePattern.Parameters.Select(p => (p.Name, In: "path"))
            .Concat(HandlerParameters.Of(endpoint, services));
        return expected.Where(p => p.In != "body" && !documented.Contains(p)).Select(p => $"{p.In} parameter '{p.Name}' is missing");
    }

    private static IEnumerable<string> Body(RouteEndpoint endpoint, IServiceProviderIsService services, JsonElement operation)
    {
        var expected = new List<string>();
        if (HandlerParameters.Of(endpoint, services).Any(p => p.In == "body"))
        {
            expected.Add("application/json");
        }

        expected.AddRange(endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes));
        expected.AddRange(endpoint.Metadata.GetOrderedMetadata<RequestBodyDescription>().SelectMany(b => b.ContentTypes));
        var content = operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var c) ? c : default;
        return expected.Distinct().Where(t => content.ValueKind != JsonValueKind.Object || !content.TryGetProperty(t, out _))
            .Select(t => $"request body in {t} is missing");
    }

    private static IEnumerable<string> Responses(RouteEndpoint endpoint, JsonElement document, JsonElement operation)
    {
        var responses = operation.GetProperty("responses");
        var expected = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToList();
        if (NeedsAuthorization(endpoint))
        {
            expected.Add(StatusCodes.Status401Unauthorized);
            var named = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles));
            if (named)
            {
                expected.Add(StatusCodes.Status403Forbidden);
            }
        }

        foreach (var status in expected.Distinct().Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            if (!responses.TryGetProperty(status, out _))
            {
                yield return $"response {status} is missing";
            }
        }

        var handled = endpoint.Metadata.GetMetadata<MethodInfo>() is not null;
        foreach (var response in responses.EnumerateObject())
        {
            var status = int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture);
            if (status == StatusCodes.Status200OK && !HasSchema(response.Value))
            {
                yield return "response 200 has no content schema";
            }

            // Route handlers answer errors as problem details; the health middleware answers "Unhealthy" as text.
            if (status >= 400 && handled && !IsProblem(document, response.Value))
            {
                yield return $"response {status} is not application/problem+json with a ProblemDetails schema";
            }

            if (status is 429 or 503 && handled && !(response.Value.TryGetProperty("headers", out var headers) && headers.TryGetProperty("Retry-After", out _)))
            {
                yield return $"response {status} does not declare Retry-After";
            }
        }

        if (responses.TryGetProperty("401", out _) && !Secured(document, operation))
        {
            yield return "answers 401 but names no declared security scheme";
        }
    }

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    private static bool IsProblem(JsonElement document, JsonElement response)
    {
        if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out var media)
            || !media.TryGetProperty("schema", out var schema) || !schema.TryGetProperty("$ref", out var reference))
        {
            return false;
        }

        var name = reference.GetString()!.Replace("#/components/schemas/", "", StringComparison.Ordinal);
        return document.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var resolved)
            && resolved.TryGetProperty("properties", out var properties)
            && _problemFields.All(f => properties.TryGetProperty(f, out _));
    }

    private static bool Secured(JsonElement document, JsonElement operation)
    {
        var declared = document.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out var schemes)
            ? schemes.EnumerateObject().Select(s => s.Name).ToHashSet()
            : [];
        return operation.TryGetProperty("security", out var security)
            && security.GetArrayLength() > 0
            && security.EnumerateArray().All(r => r.EnumerateObject().Any() && r.EnumerateObject().All(s => declared.Contains(s.Name)));
    }
}
