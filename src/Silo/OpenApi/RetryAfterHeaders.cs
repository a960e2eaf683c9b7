using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>
/// 429 (a consumer over its rate or connection limit) and 503 (a silo or the event store unavailable) always carry
/// Retry-After in seconds (FeedLimits, ProblemDetailsExceptionHandler): the client's cue to try again, and when.
/// </summary>
internal sealed class RetryAfterHeaders : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var status in (string[])["429", "503"])
        {
            if (operation.Responses?.GetValueOrDefault(status) is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                };
            }
        }

        return Task.CompletedTask;
    }
}
