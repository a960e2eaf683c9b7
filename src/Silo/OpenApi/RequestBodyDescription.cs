using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>
/// The body of a route that reads its request by hand, for the description only. <c>.Accepts(...)</c> would also make
/// routing answer 415 to any other Content-Type, which the ODF ingest must not do (senders label XML text/xml, or not at all).
/// </summary>
internal sealed record RequestBodyDescription(string Description, IReadOnlyList<string> ContentTypes)
{
    /// <summary>Documents the body the operation reads, as text in each content type, unless the generator already did.</summary>
    internal sealed class Transformer : IOpenApiOperationTransformer
    {
        public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            if (operation.RequestBody is null && context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodyDescription>().LastOrDefault() is { } body)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = body.Description,
                    Content = body.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
                };
            }

            return Task.CompletedTask;
        }
    }
}

internal static class RequestBodyDescriptionExtensions
{
    /// <summary>Describes the body a handler reads by hand (see <see cref="RequestBodyDescription"/>).</summary>
    public static TBuilder DescribesBody<TBuilder>(this TBuilder builder, string description, params string[] contentTypes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyDescription(description, contentTypes));
}
