using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Reference;

using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Athletes: register, enter events, standing per event, medals, read one, list by NOC or event. Every answer that
/// shows an athlete follows the tiers (<see cref="TieredAthletes"/>): standing comes from results.
/// </summary>
internal static class AthleteEndpoints
{
    public static void MapAthleteEndpoints(this WebApplication app)
    {
        var athletes = app.MapGroup("/athletes").WithTags("Athletes");
        var writes = athletes.MapGroup("").RequireAuthorization(SiloPolicies.CompetitionManagement);

        writes.MapPut("/{id}", async (string id, RegisterAthleteRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            await TieredAthletes.AnswerAsync(http, await grains.GetGrain<IAthleteGrain>(id).RegisterAthleteAsync(new RegisterAthlete(
                body.Noc, body.GivenName, body.FamilyName, body.Gender, body.BirthDate, body.Discipline, body.AccreditationNumber, time.GetUtcNow()))))
            .Produces<AthleteView>().ProducesCommandProblems()
            .WithSummary("Register an athlete (idempotent)");

        writes.MapPost("/{id}/entries", (string id, EnterEventRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            Known(http, grains, id, a => a.EnterEventAsync(new EnterEvent(body.Event, time.GetUtcNow()))))
            .Produces<AthleteView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Enter an athlete into an event (event-level RSC)");

        writes.MapPost("/{id}/qualified", (string id, MarkQualifiedRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            Known(http, grains, id, a => a.MarkQualifiedAsync(new MarkQualified(body.Event, body.Phase, time.GetUtcNow()))))
            .Produces<AthleteView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Mark an athlete qualified for a phase of an event (idempotent)");

        writes.MapPost("/{id}/eliminated", (string id, MarkEliminatedRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            Known(http, grains, id, a => a.MarkEliminatedAsync(new MarkEliminated(body.Event, time.GetUtcNow()))))
            .Produces<AthleteView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Mark an athlete eliminated from an event (idempotent)");

        writes.MapPost("/{id}/irm", (string id, RecordIrmRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            Known(http, grains, id, a => a.RecordIrmAsync(new RecordIrm(body.Event, body.Irm, time.GetUtcNow()))))
            .Produces<AthleteView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Record an invalid result mark (DNS, DNF, ...) of the event's discipline (idempotent)");

        writes.MapPost("/{id}/medals", (string id, AwardMedalRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            Known(http, grains, id, a => a.AwardMedalAsync(new AwardMedal(body.Event, body.Medal, time.GetUtcNow()))))
            .Produces<AthleteView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Award a medal in an event (idempotent)");

        // Standing comes from results: live for the admin key and CIS keys, as of Feeds:FeedDelay ago for everyone else.
        athletes.MapGet("/{id}", async Task<IResult> (string id, HttpContext http) =>
            await TieredAthletes.FindAsync(http, id) is { } athlete ? TypedResults.Ok(athlete) : Unknown(id))
            .Produces<AthleteView>().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("Read an athlete with their entries, standing and medals (live for the admin or a CIS key in X-API-KEY, else as of Feeds:FeedDelay ago)");

        athletes.MapGet("", async (HttpContext http, string? noc, string? @event, int? page, int? pageSize) =>
            TypedResults.Ok(await TieredAthletes.ListAsync(http, noc is null ? null : Codes.Noc(noc), @event is null ? null : Codes.Rsc(@event, "event").Code, page ?? 1, pageSize ?? 50)))
            .ProducesValidationProblem().ProducesUnavailable()
            .WithSummary("List athletes by NOC and/or entered event, by family name (tiers as for one athlete)");
    }

    private static async Task<IResult> Known(HttpContext http, IGrainFactory grains, string id, Func<IAthleteGrain, Task<AthleteView>> command)
    {
        var athlete = grains.GetGrain<IAthleteGrain>(id);
        return await athlete.GetAthleteAsync() is null ? Unknown(id) : await TieredAthletes.AnswerAsync(http, await command(athlete));
    }

    private static IResult Unknown(string id) => VenueEndpoints.NotFound("Unknown athlete", $"No athlete is registered under '{id}'.");
}
