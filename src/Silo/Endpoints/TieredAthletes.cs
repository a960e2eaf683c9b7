using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Athlete answers carry standing the qualification process derives from OFFICIAL results (qualified, eliminated) and
/// IRMs and medals, so they follow the tiers like sessions (<see cref="TieredSessions"/>): the admin key or a CIS
/// consumer's key sees athletes live; anyone else sees each athlete as they were <c>Feeds:FeedDelay</c> ago
/// (<see cref="EmbargoedAthletes"/>).
/// </summary>
internal static class TieredAthletes
{
    /// <summary>The answer to a command on an athlete: their live view, or for others the view they may see.</summary>
    public static async Task<IResult> AnswerAsync(HttpContext http, AthleteView live) => TypedResults.Ok(await TieredSessions.Mark(http)
        ? live
        : await http.RequestServices.GetRequiredService<EmbargoedAthletes>().PresentAsync(live, http.RequestAborted));

    /// <summary>The athlete as the caller may see them; null when unknown.</summary>
    public static async Task<AthleteView?> FindAsync(HttpContext http, string id) => await TieredSessions.Mark(http)
        ? await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IAthleteGrain>(id).GetAthleteAsync()
        : await http.RequestServices.GetRequiredService<EmbargoedAthletes>().FindAsync(id, http.RequestAborted);

    /// <summary>One page of athletes as the caller may see them.</summary>
    public static async Task<ResultPage<AthleteView>> ListAsync(HttpContext http, string? noc, string? eventRsc, int page, int pageSize) => await TieredSessions.Mark(http)
        ? http.RequestServices.GetRequiredService<AthleteDirectory>().List(noc, eventRsc, page, pageSize)
        : await http.RequestServices.GetRequiredService<EmbargoedAthletes>().ListAsync(noc, eventRsc, page, pageSize, http.RequestAborted);
}
