using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Venues;

using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Venues: register, change status, zones, read, list, and the sessions a venue hosts.</summary>
internal static class VenueEndpoints
{
    public static void MapVenueEndpoints(this WebApplication app)
    {
        var venues = app.MapGroup("/venues").WithTags("Venues");
        var writes = venues.MapGroup("").RequireAuthorization(SiloPolicies.CompetitionManagement);

        writes.MapPut("/{code}", async (string code, RegisterVenueRequest body, IGrainFactory grains, TimeProvider time) =>
            TypedResults.Ok(await grains.GetGrain<IVenueGrain>(code)
                .RegisterVenueAsync(new RegisterVenue(body.Name, body.TimeZone, body.Capacity, time.GetUtcNow()))))
            .ProducesCommandProblems()
            .WithSummary("Register a venue (idempotent)");

        writes.MapPost("/{code}/status", async (string code, ChangeVenueStatusRequest body, IGrainFactory grains, TimeProvider time) =>
            TypedResults.Ok(await grains.GetGrain<IVenueGrain>(code)
                .ChangeVenueStatusAsync(new ChangeVenueStatus(body.Status, body.Reason, time.GetUtcNow()))))
            .ProducesCommandProblems()
            .WithSummary("Change a venue's operational status");

        writes.MapPut("/{code}/zones/{number:int}", async (string code, int number, DefineZoneRequest body, IGrainFactory grains, TimeProvider time) =>
            TypedResults.Ok(await grains.GetGrain<IVenueGrain>(code).DefineZoneAsync(new DefineZone(number, body.Name, time.GetUtcNow()))))
            .ProducesCommandProblems()
            .WithSummary("Define or rename a numbered zone of a venue (idempotent)");

        writes.MapDelete("/{code}/zones/{number:int}", async (string code, int number, IGrainFactory grains, TimeProvider time) =>
            TypedResults.Ok(await grains.GetGrain<IVenueGrain>(code).RemoveZoneAsync(new RemoveZone(number, time.GetUtcNow()))))
            .ProducesCommandProblems()
            .WithSummary("Remove a zone of a venue (idempotent)");

        venues.MapGet("/{code}", async Task<IResult> (string code, IGrainFactory grains) =>
            await grains.GetGrain<IVenueGrain>(code).GetVenueAsync() is { } venue ? TypedResults.Ok(venue) : Unknown(code))
            .Produces<VenueView>().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("Read a venue with its zones");

        venues.MapGet("", (VenueDirectory directory, int? page, int? pageSize) => TypedResults.Ok(directory.List(page ?? 1, pageSize ?? 50)))
            .ProducesValidationProblem()
            .WithSummary("List venues by code");

        venues.MapGet("/{code}/sessions", async Task<IResult> (string code, string? day, int? page, int? pageSize, IGrainFactory grains, HttpContext http) =>
            await grains.GetGrain<IVenueGrain>(code).GetVenueAsync() is null
                ? Unknown(code)
                : TypedResults.Ok(await TieredSessions.ListAsync(http, SessionEndpoints.Filter(day, code, null), page ?? 1, pageSize ?? 50)))
            .Produces<ResultPage<SessionView>>().ProducesValidationProblem().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("List the sessions a venue hosts, optionally on one competition day");
    }

    internal static IResult NotFound(string title, string detail) => TypedResults.Problem(statusCode: 404, title: title, detail: detail);

    private static IResult Unknown(string code) => NotFound("Unknown venue", $"No venue is registered under '{code}'.");
}
