using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>Responses that transformers add, shaped as <c>ProducesProblem</c> shapes them: RFC 7807 in application/problem+json.</summary>
internal static class ProblemResponses
{
    public const string ContentType = "application/problem+json";
    private const string SchemaId = nameof(ProblemDetails);

    /// <summary>Adds the response for <paramref name="status"/> unless the endpoint already documents one.</summary>
    public static async Task AddAsync(OpenApiOperation operation, int status, string description, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(SchemaId) != true)
        {
            document.AddComponent(SchemaId, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct));
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = new() { Schema = new OpenApiSchemaReference(SchemaId, document) } },
        };
    }
}
