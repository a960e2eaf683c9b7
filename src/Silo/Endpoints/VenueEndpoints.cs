using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Venues: register, change status, read.</summary>
internal static class VenueEndpoints
{
    public static void MapVenueEndpoints(this WebApplication app)
    {
        var venues = app.MapGroup("/venues").WithTags("Venues");

        venues.MapPut("/{code}", async (string code, RegisterVenueRequest body, IGrainFactory grains, TimeProvider time) =>
            TypedResults.Ok(await grains.GetGrain<IVenueGrain>(code)
                .RegisterVenueAsync(new RegisterVenue(body.Name, body.TimeZone, body.Capacity, time.GetUtcNow()))))
            .WithSummary("Register a venue (idempotent)");

        venues.MapPost("/{code}/status", async (string code, ChangeVenueStatusRequest body, IGrainFactory grains, TimeProvider time) =>
            TypedResults.Ok(await grains.GetGrain<IVenueGrain>(code)
                .ChangeVenueStatusAsync(new ChangeVenueStatus(body.Status, body.Reason, time.GetUtcNow()))))
            .WithSummary("Change a venue's operational status");

        venues.MapGet("/{code}", async Task<IResult> (string code, IGrainFactory grains) =>
            await grains.GetGrain<IVenueGrain>(code).GetVenueAsync() is { } venue
                ? TypedResults.Ok(venue)
                : TypedResults.Problem(statusCode: 404, title: "Unknown venue", detail: $"No venue is registered under '{code}'."))
            .WithSummary("Read a venue");
    }
}
