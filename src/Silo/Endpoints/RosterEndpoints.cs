using Microsoft.AspNetCore.Mvc;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.GrainInterfaces.Rostering;
using Olympics.Orleans.Grains.Rostering.Import;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.OpenApi;
using Olympics.Orleans.Silo.Validation;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Volunteer rosters: import volunteers and shifts (CSV or JSON), plan in the background, follow the plan, read and publish
/// its result, and read the published roster by volunteer and by venue. Every route needs the workforce role: rosters
/// hold volunteers' personal data (home, gender, availability).
/// </summary>
internal static class RosterEndpoints
{
    public static void MapRosterEndpoints(this WebApplication app)
    {
        var rosters = app.MapGroup("/rosters").WithTags("Rostering").RequireAuthorization(SiloPolicies.Workforce);
        rosters.MapPut("/{id}/volunteers", (string id, HttpContext http, IGrainFactory g, TimeProvider t, CancellationToken ct) =>
            RosterImports.ImportAsync(http, RosterCsv.ReadVolunteersAsync, rows => Grain(g, id).ImportVolunteersAsync(new(rows.Rows, rows.Lines, t.GetUtcNow())), ct))
            .Imports("volunteers.csv (columns " + RosterCsv.VolunteerHeader + ") or a JSON array of volunteers")
            .WithSummary("Import (replace) a roster's volunteers, all or nothing");
        rosters.MapPut("/{id}/shifts", (string id, HttpContext http, IGrainFactory g, TimeProvider t, CancellationToken ct) =>
            RosterImports.ImportAsync(http, RosterCsv.ReadShiftsAsync, rows => Grain(g, id).ImportShiftsAsync(new(rows.Rows, rows.Lines, t.GetUtcNow())), ct))
            .Imports("shifts.csv (columns " + RosterCsv.ShiftHeader + ") or a JSON array of shifts")
            .WithSummary("Import (replace) a roster's shifts, all or nothing");
        rosters.MapGet("/{id}", async (string id, IGrainFactory g) => TypedResults.Ok(await Grain(g, id).GetRosterAsync()))
            .Produces<RosterView>().ProducesValidationProblem().ProducesUnavailable().WithSummary("What a roster has imported and published");
        rosters.MapPost("/{id}/plans", async (string id, StartPlanRequest body, IGrainFactory g, TimeProvider t) =>
        {
            var seconds = body.TimeLimitSeconds ?? 60;
            if (seconds is < 1 or > 600)
            {
                throw new InvalidCommandException("timeLimitSeconds", $"{seconds} is not 1 to 600 seconds.");
            }

            var plan = await Grain(g, id).StartPlanAsync(new(TimeSpan.FromSeconds(seconds), body.Seed ?? 1, t.GetUtcNow()));
            return TypedResults.Accepted($"/rosters/{id}/plans/{plan.Plan}", plan);
        }).Produces<PlanView>(202).ProducesCommandProblems().WithSummary("Start a plan in the background; follow it at the Location answered");
        rosters.MapGet("/{id}/plans/{plan:int}", async Task<IResult> (string id, int plan, IGrainFactory g, TimeProvider t) =>
            await Grain(g, id).GetPlanAsync(new(plan, t.GetUtcNow())) is { } view ? TypedResults.Ok(view) : UnknownPlan(id, plan))
            .Produces<PlanView>().ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("A plan's progress and, once done, the checker's report on it");
        rosters.MapGet("/{id}/plans/{plan:int}/assignments", async Task<IResult> (string id, int plan, string? format, HttpContext http, IGrainFactory g, TimeProvider t) =>
            await Grain(g, id).GetPlanAssignmentsAsync(new(plan, t.GetUtcNow())) is { } rows ? RosterImports.Assignments(http, format, rows) : UnknownPlan(id, plan))
            .Produces<IReadOnlyList<AssignmentRecord>>(200, "application/json", "text/csv").ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("A finished plan's assignments, as JSON or as CSV shift,volunteer (?format=csv or Accept: text/csv)");
        rosters.MapPost("/{id}/plans/{plan:int}/publish", async Task<IResult> (string id, int plan, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] PublishPlanRequest? body, IGrainFactory g, TimeProvider t) =>
            await Grain(g, id).GetPlanAsync(new(plan, t.GetUtcNow())) is null ? UnknownPlan(id, plan)
            : TypedResults.Ok(await Grain(g, id).PublishPlanAsync(new(plan, body?.Reason is { Length: > 0 } reason ? reason : "published", t.GetUtcNow()))))
            .Produces<PublicationView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Publish a finished plan as the roster's next revision (a first one as volunteers.assigned-in-bulk.v1, later ones as volunteer.assigned.v1 / volunteer.released.v1; then roster.published.v1)");
        rosters.MapPost("/{id}/withdrawals", async (string id, WithdrawVolunteersRequest body, IGrainFactory g, TimeProvider t) =>
            TypedResults.Ok(await Grain(g, id).WithdrawVolunteersAsync(new(body.Volunteers ?? [],
                body.Reason is { Length: > 0 } reason ? reason : "volunteers withdrew", body.Seed ?? 1, t.GetUtcNow()))))
            .Produces<ReplanView>().ProducesCommandProblems()
            .WithSummary("Volunteers withdrew: re-plan the published roster with every other assignment pinned, and publish the changes (volunteer.released.v1 / volunteer.assigned.v1, each with its reason)");
        rosters.MapGet("/{id}/volunteers/{volunteer}/schedule", async Task<IResult> (string id, string volunteer, IGrainFactory g, TimeProvider t) =>
            await Grain(g, id).GetScheduleAsync(new(volunteer, t.GetUtcNow())) is { } view ? TypedResults.Ok(view)
            : VenueEndpoints.NotFound("Unknown volunteer", $"Roster '{id}' has no volunteer '{volunteer}'."))
            .Produces<VolunteerScheduleView>().ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("A volunteer's shifts in the published roster");
        rosters.MapGet("/{id}/venues/{venue}/coverage", async Task<IResult> (string id, string venue, IGrainFactory g, TimeProvider t) =>
            await Grain(g, id).GetCoverageAsync(new(venue, t.GetUtcNow())) is { } view ? TypedResults.Ok(view)
            : VenueEndpoints.NotFound("Unknown venue", $"'{venue}' is not a venue of the Games."))
            .Produces<VenueCoverageView>().ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("A venue's demand and filled places by day in the published roster");
    }

    private static IResult UnknownPlan(string id, int plan) => VenueEndpoints.NotFound("Unknown plan",
        $"Roster '{id}' has no plan {plan}: plans live in memory while the roster is active, and are lost when its silo restarts (publish to keep one).");

    private static IRosterGrain Grain(IGrainFactory grains, string id) => grains.GetGrain<IRosterGrain>(RosterImports.Id(id));

    private static RouteHandlerBuilder Imports(this RouteHandlerBuilder route, string body) => route
        .WithMetadata(new RequestJson.ImportBody())
        .DescribesBody(body, "text/csv", "application/json")
        .Produces<RosterImportReport>().ProducesProblem(413).ProducesProblem(415).ProducesCommandProblems();
}
