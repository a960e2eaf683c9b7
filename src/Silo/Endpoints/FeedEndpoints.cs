using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>Results feeds by tier: an SSE stream, document snapshots, and the operators' revocation of a consumer's key.</summary>
internal static class FeedEndpoints
{
    public static void MapFeedEndpoints(this WebApplication app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds").RequireAuthorization(SiloPolicies.FeedConsumer);
        feeds.MapGet("/sse", Sse)
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(429).ProducesUnavailable()
            .WithSummary("Server-Sent Events of ODF messages for the key's tier and filter (key in X-API-KEY, or a token from POST /auth/token in ?access_token=), of ?stream=feed (default), session/<code> or discipline/<code>; resume with Last-Event-ID or ?after=, start at ?day=yyyy-MM-dd, or at the live edge with ?from=now");
        feeds.MapGet("/documents/{key}", Snapshot)
            .Produces<FeedMessageView>().Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(404).ProducesProblem(429).ProducesUnavailable()
            .WithSummary("The latest version of an ODF document the key's tier may see now (ETag, If-None-Match)");

        app.MapPost("/admin/feeds/consumers/{name}/revoke", Revoke).WithTags("Feeds").RequireAuthorization(SiloPolicies.Operator)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(404).ProducesUnavailable()
            .WithSummary("Revoke a feed consumer's key (X-API-KEY = Admin:ApiKey); its open streams and access tokens stop within a second");
    }

    private static async Task<IResult> Sse(
        HttpContext http, FeedConsumerKeys keys, FeedLimits limits, SseSession session, string? after, string? day, string? from, string? stream,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId)
    {
        var consumer = keys.Of(http.User);
        var streamId = FeedStreamParameter.Parse(stream);
        if (FeedStreamParameter.Refusal(consumer, streamId) is { } refused)
        {
            return refused;
        }

        var token = lastEventId is { Length: > 0 } ? lastEventId : after;
        var start = StartOf(token, "Last-Event-ID", day, from);
        using var lease = limits.OpenConnection(consumer.Name);
        if (!lease.IsAcquired)
        {
            return FeedLimits.TooMany(lease, $"Consumer '{consumer.Name}' has as many open streams as it may.", TimeSpan.FromSeconds(5));
        }

        await session.RunAsync(http.Response, consumer, streamId, start, http.RequestAborted);
        return TypedResults.Empty;
    }

    /// <summary>
    /// Where a stream starts: after a resume token, at a logical day, or at the live edge (<c>from=now</c>); 400 for any
    /// malformed, and for a day with <c>from=now</c>. A token wins over <c>from=now</c>: a client reconnecting to a
    /// live stream's address sends the last id it got (EventSource does so by itself).
    /// </summary>
    internal static FeedStart StartOf(string? token, string tokenField, string? day, string? from = null)
    {
        if (from is not null && from != "now")
        {
            throw new InvalidCommandException("from", $"'{from}' is not a start; the only one is 'now' (the live edge). Use after= or day= for others.");
        }

        if (from is not null && day is not null)
        {
            throw new InvalidCommandException("from", "from=now and day= name two different starts; give one.");
        }

        var position = GlobalPosition.Start;
        if (token is not null && !GlobalPosition.TryParse(token, out position))
        {
            throw new InvalidCommandException(tokenField, $"'{token}' is not a resume token (an event id this feed sent).");
        }

        if (position.TransactionId != 0)
        {
            throw new InvalidCommandException(tokenField,
                $"'{token}' was issued before the event history moved to Marten (docs/adr/0006); start again from now, a day or the beginning.");
        }

        DateOnly? startDay = null;
        if (day is not null)
        {
            startDay = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new InvalidCommandException("day", $"'{day}' is not a date in the form yyyy-MM-dd.");
        }

        return new FeedStart(token, startDay, from is not null);
    }

    private static async Task<IResult> Snapshot(HttpContext http, string key, FeedConsumerKeys keys, FeedLimits limits, FeedSnapshots snapshots)
    {
        var (consumer, refusal) = SnapshotAnswer.Admit(http, keys, limits);
        if (consumer is null)
        {
            return refusal!;
        }

        if (!OdfDocumentKey.IsWellFormed(key))
        {
            throw new InvalidCommandException("key", "A document key is six parts joined by '|': competition, code, subcode, type, subtype, language.");
        }

        if (await snapshots.LatestAsync(consumer, key, http.RequestAborted) is not { } message)
        {
            return VenueEndpoints.NotFound("No visible version", $"Document '{key}' has no version this key may see yet.");
        }

        var etag = $"\"{message.Header.Version.ToString(CultureInfo.InvariantCulture)}{(message.Withdrawn ? "-withdrawn" : "")}\"";
        return SnapshotAnswer.NotModified(http, consumer.Tier, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(FeedMessageView.Of(message));
    }

    private static async Task<IResult> Revoke(HttpContext http, string name, FeedConsumerKeys keys, FeedConsumerRevoker revoker, TimeProvider time)
    {
        if (!keys.Exists(name))
        {
            return VenueEndpoints.NotFound("Unknown feed consumer", $"No feed consumer is configured under '{name}'.");
        }

        var metadata = new EventMetadata(null, null, SiloPrincipal.Actor(http.User), Activity.Current?.TraceId.ToHexString());
        await revoker.RevokeAsync(name, time.GetUtcNow(), metadata, http.RequestAborted);
        return TypedResults.NoContent();
    }
}
