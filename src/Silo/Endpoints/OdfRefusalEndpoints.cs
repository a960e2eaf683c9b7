using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>The operators' list of stored ODF messages the grains refused to apply (admin key only).</summary>
internal static class OdfRefusalEndpoints
{
    public static void MapOdfRefusalEndpoints(this WebApplication app)
    {
        var odf = app.MapGroup("/admin/odf").WithTags("ODF").RequireAuthorization(SiloPolicies.Operator);

        odf.MapGet("/refusals", (DateTimeOffset? since, int? page, int? pageSize, OdfRefusals refusals) =>
                TypedResults.Ok(refusals.Since(since, page ?? 1, pageSize ?? 100)))
            .Produces<ResultPage<OdfRefusalView>>().ProducesValidationProblem().ProducesUnavailable()
            .WithSummary($"Admin (X-API-KEY = Admin:ApiKey): the refusals recorded since a time (ISO 8601), oldest first; the {OdfRefusals.Kept} latest are kept");
    }
}
