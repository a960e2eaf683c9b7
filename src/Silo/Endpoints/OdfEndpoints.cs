using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Silo.Odf;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>ODF: the venues' results systems post messages; an internal read of a document's latest stored version.</summary>
internal static class OdfEndpoints
{
    public const string ApiKeyHeader = "X-API-KEY";

    public static void MapOdfEndpoints(this WebApplication app)
    {
        var odf = app.MapGroup("/odf").WithTags("ODF");

        odf.MapPost("/messages", Receive)
            // No Accepts metadata: routing would answer 415 to senders that label XML text/xml or not at all.
            .WithDescription("The body is one ODF message, UTF-8 XML, under any Content-Type; Content-Encoding gzip is accepted.")
            .Produces<OdfReceipt>()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415)
            .WithSummary("Receive one ODF message (gzip accepted, X-API-KEY of its Source); 200 once durably stored");

        odf.MapGet("/documents/{key}", async Task<IResult> (string key, HttpContext http, Feeds.AdminKey admin, IGrainFactory grains, OdfRefusals refusals) =>
            !admin.Accepts(http.Request.Headers[ApiKeyHeader])
                ? TypedResults.Problem(statusCode: 401, title: "Unauthorized", detail: "This view ignores tiers and embargoes: it needs the admin key in X-API-KEY.")
            : !OdfDocumentKey.IsWellFormed(key)
                ? throw new InvalidCommandException("key", "A document key is six parts joined by '|': competition, code, subcode, type, subtype, language.")
                : await grains.GetGrain<IOdfDocumentGrain>(key).GetDocumentAsync() is { } document
                    ? TypedResults.Ok(WithRefusals(document, refusals))
                    : VenueEndpoints.NotFound("Unknown ODF document", $"No message of document '{key}' was ever stored."))
            .WithSummary("Admin (X-API-KEY = Admin:ApiKey): the latest stored version of an ODF document, with no tier or embargo applied, and its refusals");
    }

    // The grains' refusals of the document's versions, from the read model every silo keeps.
    private static OdfDocumentView WithRefusals(OdfDocumentView document, OdfRefusals refusals)
    {
        var (count, latest) = refusals.Of(document.DocumentKey);
        return document with { RefusalCount = count, Refusals = latest };
    }

    private static async Task<IResult> Receive(HttpContext http, IGrainFactory grains, OdfSourceKeys keys, TimeProvider time)
    {
        if (keys.Authenticate(http.Request.Headers[ApiKeyHeader]) is not { } source)
        {
            return TypedResults.Problem(statusCode: 401, title: "Unauthorized",
                detail: $"The {ApiKeyHeader} header is missing or is not the key of any producing source.");
        }

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

        ActorContext.Current = "odf:" + source;
        var document = grains.GetGrain<IOdfDocumentGrain>(message.Header.DocumentKey);
        return TypedResults.Ok(await document.ReceiveMessageAsync(message.ToCommand(time.GetUtcNow())));
    }
}
