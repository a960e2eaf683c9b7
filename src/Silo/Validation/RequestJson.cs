using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;

namespace Olympics.Orleans.Silo.Validation;

/// <summary>
/// How the JSON write routes read a body: numbers must be JSON numbers and enums their names (the web defaults would take
/// "500" for 500 and 3 for a status), every request passes <see cref="RequestBodyRules"/> as it is read, and a body larger
/// than <see cref="RequestLimits.JsonBodyBytes"/> is refused before it is read.
/// </summary>
internal static class RequestJson
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = RequestLimits.From(configuration);
        var rules = new RequestBodyRules(limits);
        services.AddSingleton(limits);
        return services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(info =>
                {
                    if (info.Kind == JsonTypeInfoKind.Object && info.Type.Namespace?.StartsWith("Olympics.Orleans.Contracts", StringComparison.Ordinal) == true
                        && info.Type.Name.EndsWith("Request", StringComparison.Ordinal))
                    {
                        info.OnDeserialized = rules.Check;
                    }
                });
        });
    }

    /// <summary>
    /// Refuses a JSON body over the limit with 413 (by its Content-Length, or as it is read when there is none); a route
    /// marked <see cref="ImportBody"/> takes any body up to <see cref="RequestLimits.RosterImportBytes"/> instead.
    /// </summary>
    public static async Task LimitBody(HttpContext http, Func<Task> next)
    {
        var limits = http.RequestServices.GetRequiredService<RequestLimits>();
        var (limit, setting) = http.GetEndpoint()?.Metadata.GetMetadata<ImportBody>() is not null ? (limits.RosterImportBytes, "Limits:RosterImportBytes")
            : http.Request.HasJsonContentType() ? (limits.JsonBodyBytes, "Limits:JsonBodyBytes")
            : (0L, null);
        if (setting is not null)
        {
            if (http.Request.ContentLength > limit)
            {
                await TypedResults.Problem(statusCode: 413, title: "Body too large",
                    detail: $"The body has {http.Request.ContentLength} bytes, more than the {limit} of setting {setting}.").ExecuteAsync(http);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        await next();
    }

    /// <summary>Marks an import route: its body may be as large as <see cref="RequestLimits.RosterImportBytes"/>, JSON or not.</summary>
    internal sealed record ImportBody;
}
