using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Results snapshots for the web and apps behind a CDN: a session's results and the medal table, embargoed by tier.</summary>
internal static class ResultSnapshotEndpoints
{
    public static void MapResultSnapshotEndpoints(this WebApplication app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds").RequireAuthorization(SiloPolicies.FeedConsumer);
        feeds.MapGet("/sessions/{code}/results", SessionResults).Produces<SessionResultsView>().Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(404).ProducesProblem(429).ProducesUnavailable()
            .WithSummary("A session's units with the latest DT_RESULT of each the key's tier may see now, parsed (ETag, If-None-Match)");
        feeds.MapGet("/medals", Medals).Produces<MedalTableView>().Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(429).ProducesUnavailable()
            .WithSummary("The medal table (latest visible DT_MEDALS, for every key) and the medallists of the events the key follows (ETag, If-None-Match)");
    }

    private static async Task<IResult> SessionResults(
        HttpContext http, string code, FeedConsumerKeys keys, FeedLimits limits, SessionCatalog catalog, SessionResultSnapshots snapshots)
    {
        var (consumer, refusal) = SnapshotAnswer.Admit(http, keys, limits);
        if (consumer is null)
        {
            return refusal!;
        }

        if (catalog.Find(code) is null)
        {
            return VenueEndpoints.NotFound("Unknown session", $"No session is scheduled under '{code}'.");
        }

        return await snapshots.ReadAsync(consumer, code, http.RequestAborted) is { } snapshot
            ? SnapshotAnswer.Of(http, consumer.Tier, snapshot)
            : VenueEndpoints.NotFound("No followed unit", $"Session '{code}' holds no unit this key follows.");
    }

    private static async Task<IResult> Medals(HttpContext http, FeedConsumerKeys keys, FeedLimits limits, MedalSnapshots snapshots)
    {
        var (consumer, refusal) = SnapshotAnswer.Admit(http, keys, limits);
        if (consumer is null)
        {
            return refusal!;
        }

        return await snapshots.ReadAsync(consumer, http.RequestAborted) is { } snapshot
            ? SnapshotAnswer.Of(http, consumer.Tier, snapshot)
            : VenueEndpoints.NotFound("No visible medal table", "No version of the medal table (DT_MEDALS) is visible to this key yet.");
    }
}
