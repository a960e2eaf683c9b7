using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>
/// The health routes, which the generator skips (health checks are not route handlers): liveness answers "Healthy" while
/// the process runs; readiness answers "Unhealthy" with 503 until the event store answers and the read models caught up.
/// </summary>
internal sealed class HealthDescription : IOpenApiDocumentTransformer
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    private const string Tag = "Health";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag });
        document.Paths[Live] = Item("Liveness: the process answers (no check runs, so never Unhealthy)", document, Text("Alive: Healthy"));
        document.Paths[Ready] = Item("Readiness: the event store is reachable and the read models have caught up", document,
            Text("Ready to serve: Healthy (or Degraded)"), Text("Unhealthy"));
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Item(string summary, OpenApiDocument document, OpenApiResponse healthy, OpenApiResponse? unhealthy = null) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                Summary = summary,
                Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
                Responses = unhealthy is null ? new OpenApiResponses { ["200"] = healthy } : new OpenApiResponses { ["200"] = healthy, ["503"] = unhealthy },
            },
        },
    };

    private static OpenApiResponse Text(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
    };
}
