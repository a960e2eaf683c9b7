using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Silo.Odf;
using Olympics.Orleans.Silo.OpenApi;
using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>ODF: the venues' results systems post messages; an internal read of a document's latest stored version.</summary>
internal static class OdfEndpoints
{
    public static void MapOdfEndpoints(this WebApplication app)
    {
        var odf = app.MapGroup("/odf").WithTags("ODF");

        odf.MapPost("/messages", Receive).RequireAuthorization(SiloPolicies.ResultsSource)
            // No Accepts metadata: routing would answer 415 to senders that label XML text/xml or not at all.
            .WithDescription("The body is one ODF message, UTF-8 XML, under any Content-Type; Content-Encoding gzip is accepted.")
            .DescribesBody($"One ODF message, UTF-8 XML of at most {OdfLimits.MaxMessageBytes >> 20} MiB (before and after gzip).", "application/xml", "text/xml")
            .Produces<OdfReceipt>()
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesCommandProblems()
            .WithSummary("Receive one ODF message (gzip accepted, X-API-KEY of its Source); 200 once durably stored");

        // This view ignores tiers and embargoes: operators only.
        odf.MapGet("/documents/{key}", async Task<IResult> (string key, IGrainFactory grains, OdfRefusals refusals) =>
            !OdfDocumentKey.IsWellFormed(key)
                ? throw new InvalidCommandException("key", "A document key is six parts joined by '|': competition, code, subcode, type, subtype, language.")
                : await grains.GetGrain<IOdfDocumentGrain>(key).GetDocumentAsync() is { } document
                    ? TypedResults.Ok(WithRefusals(document, refusals))
                    : VenueEndpoints.NotFound("Unknown ODF document", $"No message of document '{key}' was ever stored."))
            .RequireAuthorization(SiloPolicies.Operator)
            .Produces<OdfDocumentView>().ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("Admin (X-API-KEY = Admin:ApiKey): the latest stored version of an ODF document, with no tier or embargo applied, and its refusals");
    }

    // The grains' refusals of the document's versions, from the read model every silo keeps.
    private static OdfDocumentView WithRefusals(OdfDocumentView document, OdfRefusals refusals)
    {
        var (count, latest) = refusals.Of(document.DocumentKey);
        return document with { RefusalCount = count, Refusals = latest };
    }

    private static async Task<IResult> Receive(HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        // The policy admits sources only; a source posts for its own Source (403 for another's, checked once parsed).
        var source = http.User.Identity!.Name!;
        byte[] body;
        try
        {
            body = await OdfBodyReader.ReadAsync(http.Request, http.RequestAborted);
        }
        catch (OdfRefusal refusal)
        {
            return refusal.ToProblem();
        }

        var message = OdfMessageParser.Parse(body);
        if (message.Header.Source != source)
        {
            return TypedResults.Problem(statusCode: 403, title: "Forbidden",
                detail: $"The API key is the key of source '{source}'; this message's Source is '{message.Header.Source}'.");
        }

        var document = grains.GetGrain<IOdfDocumentGrain>(message.Header.DocumentKey);
        return TypedResults.Ok(await document.ReceiveMessageAsync(message.ToCommand(time.GetUtcNow())));
    }
}
