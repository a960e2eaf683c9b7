using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Session answers carry results, so they follow the tiers: the admin key or a CIS consumer's key in X-API-KEY sees
/// sessions live; anyone else (a FEED key, no key, a revoked or unknown key) sees each session as it was
/// <c>Feeds:FeedDelay</c> ago (<see cref="EmbargoedSessions"/>). Live answers are "no-store" so no cache hands them on.
/// </summary>
internal static class TieredSessions
{
    /// <summary>The answer to a command on a session: its live view, or for others the view they may see.</summary>
    public static async Task<IResult> AnswerAsync(HttpContext http, SessionView live)
    {
        var seesLive = await Mark(http);
        return TypedResults.Ok(seesLive ? live : await http.RequestServices.GetRequiredService<EmbargoedSessions>().PresentAsync(live, http.RequestAborted));
    }

    /// <summary>The session as the caller may see it; null when unknown.</summary>
    public static async Task<SessionView?> FindAsync(HttpContext http, string code) => await Mark(http)
        ? await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(code).GetSessionAsync()
        : await http.RequestServices.GetRequiredService<EmbargoedSessions>().FindAsync(code, http.RequestAborted);

    /// <summary>One page of sessions as the caller may see them.</summary>
    public static async Task<ResultPage<SessionView>> ListAsync(HttpContext http, SessionFilter filter, int page, int pageSize) => await Mark(http)
        ? http.RequestServices.GetRequiredService<SessionCatalog>().List(filter, page, pageSize)
        : await http.RequestServices.GetRequiredService<EmbargoedSessions>().ListAsync(filter, page, pageSize, http.RequestAborted);

    /// <summary>Whether the caller sees live, with Cache-Control to match (shared with <see cref="TieredAthletes"/>).</summary>
    internal static Task<bool> Mark(HttpContext http)
    {
        // The caller as authenticated (Auth/ApiKeyHandler): a revoked or unknown key is nobody, so embargoed.
        var seesLive = SiloPrincipal.SeesLive(http.User);
        http.Response.Headers.CacheControl = seesLive ? "no-store" : "public, max-age=1";
        return Task.FromResult(seesLive);
    }
}
