using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Accreditations.Import;
using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Accreditations: the lifecycle commands, reads, lists from the read model, the CSV import, and the gate check.</summary>
internal static class AccreditationEndpoints
{
    public static void MapAccreditationEndpoints(this WebApplication app)
    {
        var reads = app.MapGroup("/accreditations").WithTags("Accreditations");
        var group = reads.MapGroup("").RequireAuthorization(SiloPolicies.AccreditationOffice);
        group.MapPut("/{number}", (string number, ApplyForAccreditationRequest b, IGrainFactory g, TimeProvider t) => Grain(g, number).ApplyForAccreditationAsync(
            new(b.Name, b.Category, b.Function, b.Noc, b.Organisation, b.ValidFrom, b.ValidUntil, b.Reason, t.GetUtcNow()))).ProducesCommandProblems().WithSummary("Apply for an accreditation (idempotent)");
        Post<ReasonRequest>(group, "/vetting/cleared", "Record that security vetting cleared the applicant", (a, b, at) => a.ClearVettingAsync(new(b.Reason, at)));
        Post<ReasonRequest>(group, "/vetting/refused", "Record that security vetting refused the applicant (final)", (a, b, at) => a.RefuseVettingAsync(new(b.Reason, at)));
        Post<PrivilegesRequest>(group, "/approve", "Approve a cleared accreditation with its privileges", (a, b, at) => a.ApproveAccreditationAsync(new(b.Privileges, b.Reason, at)));
        Post<ReasonRequest>(group, "/card", "Issue the first card", (a, b, at) => a.IssueCardAsync(new(b.Reason, at)));
        Post<ReasonRequest>(group, "/card/reissue", "Replace a lost card; the old card number stops working", (a, b, at) => a.ReissueCardAsync(new(b.Reason, at)));
        Post<ValidateArrivalRequest>(group, "/arrival", "Validate the card on arrival against an ID document", (a, b, at) => a.ValidateArrivalAsync(new(b.DocumentType, b.DocumentNumber, b.Reason, at)));
        Post<PrivilegesRequest>(group, "/privileges", "Replace the privileges (time windows are kept)", (a, b, at) => a.ChangePrivilegesAsync(new(b.Privileges, b.Reason, at)));
        Post<GrantVenueAccessRequest>(group, "/venue-access", "Grant a time window at a venue (idempotent)", (a, b, at) => a.GrantVenueAccessAsync(new(b.Venue, b.Zones, b.From, b.Until, b.Reason, at)));
        Post<EndVenueAccessRequest>(group, "/venue-access/end", "End a venue's time windows at an instant (idempotent)", (a, b, at) => a.EndVenueAccessAsync(new(b.Venue, b.EffectiveAt, b.Reason, at)));
        Post<ReasonRequest>(group, "/suspend", "Suspend the accreditation", (a, b, at) => a.SuspendAccreditationAsync(new(b.Reason, at)));
        Post<ReasonRequest>(group, "/reinstate", "Lift a suspension", (a, b, at) => a.ReinstateAccreditationAsync(new(b.Reason, at)));
        Post<ReasonRequest>(group, "/cancel", "Cancel the accreditation (final)", (a, b, at) => a.CancelAccreditationAsync(new(b.Reason, at)));

        reads.MapGet("/{number}", async Task<IResult> (string number, IGrainFactory g) => await Grain(g, number).GetAccreditationAsync() is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: 404, title: "Unknown accreditation", detail: $"Nobody has applied for accreditation '{number}'."))
            .Produces<AccreditationView>().ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable().WithSummary("Read an accreditation");
        reads.MapGet("/", (string? category, string? status, string? page, string? pageSize, AccreditationsView view) => TypedResults.Ok(view.List(
            Parse<AccreditationCategory>(category, "category"), Parse<AccreditationStatus>(status, "status"), Number(page, "page") ?? 1, Number(pageSize, "pageSize") ?? 50)))
            .ProducesValidationProblem().WithSummary("List accreditations by number, optionally of one category and status");
        group.MapPost("/import", Import).Accepts<string>("text/csv")
            .Produces<ImportReport>().ProducesValidationProblem().ProducesProblem(415).ProducesUnavailable().WithSummary("Import accreditations from the generator's CSV; reports bad rows");
        app.MapGateEndpoints();
    }

    private static async Task<IResult> Import(HttpContext http, AccreditationImporter importer, CancellationToken ct)
    {
        if (http.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem(statusCode: 415, title: "Unsupported media type", detail: "Send the file as text/csv.");
        }

        // A Games' worth of accreditations is about 70 MB, above Kestrel's default limit of 30 MB; the file is streamed.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        return TypedResults.Ok(await importer.ImportAsync(http.Request.Body, null, ct));
    }

    private static void Post<TBody>(RouteGroupBuilder group, string path, string summary, Func<IAccreditationGrain, TBody, DateTimeOffset, Task<AccreditationView>> send) =>
        group.MapPost("/{number}" + path, (string number, TBody body, IGrainFactory g, TimeProvider t) => send(Grain(g, number), body, t.GetUtcNow())).ProducesCommandProblems().WithSummary(summary);

    private static IAccreditationGrain Grain(IGrainFactory grains, string number) => grains.GetGrain<IAccreditationGrain>(AccreditationRules.Number(number));

    private static T? Parse<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrEmpty(value) ? null
        : char.IsAsciiLetter(value[0]) && Enum.TryParse<T>(value, true, out var parsed) ? parsed
        : throw new InvalidCommandException(field, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static int? Number(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new InvalidCommandException(field, $"'{value}' is not a whole number.");
}
