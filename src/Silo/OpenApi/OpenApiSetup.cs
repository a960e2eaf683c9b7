using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Olympics.Orleans.Silo.OpenApi;

/// <summary>
/// The API description at <see cref="DocumentPath"/> and a page for people at <see cref="UiPath"/>. What the generator
/// cannot read from a handler's signature comes from endpoint metadata (Produces, ProducesProblem, authorization,
/// <see cref="RequestBodyDescription"/>) through the transformers here, so a route documents itself where it is mapped.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string UiPath = "/openapi/ui";

    public static IServiceCollection AddSiloOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Olympics.Orleans silo",
                Version = "v1",
                Description = "Venues, sessions, athletes, accreditations and the gate; the venues' ODF ingest; results feeds by tier. "
                    + "Errors are RFC 7807 problem details (application/problem+json).",
            };
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer<SecuritySchemes>();
        options.AddOperationTransformer<RequestBodyDescription.Transformer>();
        options.AddOperationTransformer<AuthorizationResponses>();
        options.AddOperationTransformer<RetryAfterHeaders>();
        options.AddDocumentTransformer<HealthDescription>();
    });

    /// <summary>The document, and Swagger UI served from the silo's own files: no CDN, as at the venues and in CI.</summary>
    public static void MapSiloOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = UiPath.TrimStart('/');
            ui.DocumentTitle = "Olympics.Orleans silo API";
            ui.SwaggerEndpoint(DocumentPath, "v1");
        });
    }
}
