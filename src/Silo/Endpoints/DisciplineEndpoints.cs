using Olympics.Orleans.Contracts.Disciplines;
using Olympics.Orleans.GrainInterfaces.Disciplines;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Disciplines: the last keep-alive of the results system that speaks for one (ODF DT_KA).</summary>
internal static class DisciplineEndpoints
{
    public static void MapDisciplineEndpoints(this WebApplication app)
    {
        app.MapGroup("/disciplines").WithTags("Disciplines").MapGet("/{code}", async Task<IResult> (string code, IGrainFactory grains) =>
                await grains.GetGrain<IDisciplineGrain>(code).GetDisciplineAsync() is { } discipline
                    ? TypedResults.Ok(discipline)
                    : VenueEndpoints.NotFound("No keep-alive", $"No results system has sent a keep-alive for discipline '{code}'."))
            .Produces<DisciplineView>().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("The last keep-alive of a discipline's results system (venues show theirs on the venue)");
    }
}
