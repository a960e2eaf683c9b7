using System.Globalization;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// Sessions: schedule, status, start lists, results, read one, list by day, venue or discipline. Every answer that
/// shows a session follows the tiers (<see cref="TieredSessions"/>).
/// </summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this WebApplication app)
    {
        var sessions = app.MapGroup("/sessions").WithTags("Sessions");
        var writes = sessions.MapGroup("").RequireAuthorization(SiloPolicies.CompetitionManagement);

        writes.MapPut("/{code}", async (string code, ScheduleSessionRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            await TieredSessions.AnswerAsync(http, await grains.GetGrain<ISessionGrain>(code).ScheduleSessionAsync(
                new ScheduleSession(body.Discipline, body.Venue, body.Title, body.Start, body.End, body.Units, time.GetUtcNow()))))
            .Produces<SessionView>().ProducesCommandProblems()
            .WithSummary("Schedule a session at a registered venue with its units (idempotent)");

        writes.MapPost("/{code}/status", async Task<IResult> (string code, ChangeSessionStatusRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            await grains.GetGrain<ISessionGrain>(code).GetSessionAsync() is null
                ? Unknown(code)
                : await TieredSessions.AnswerAsync(http, await grains.GetGrain<ISessionGrain>(code).ChangeSessionStatusAsync(
                    new ChangeSessionStatus(body.Status, body.Reason, body.Start, body.End, time.GetUtcNow()))))
            .Produces<SessionView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Move a session to another ODF schedule status (RESCHEDULED carries the new start and end)");

        writes.MapPost("/{code}/units/{rsc}/start-list", async Task<IResult> (string code, string rsc, SetStartListRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            await HoldsUnit(grains, code, rsc)
                ? await TieredSessions.AnswerAsync(http, await grains.GetGrain<ISessionGrain>(code).SetStartListAsync(new SetStartList(rsc, body.Athletes, time.GetUtcNow())))
                : Unknown(code, rsc))
            .Produces<SessionView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Set a unit's start list (until its first results)");

        writes.MapPost("/{code}/units/{rsc}/result", async Task<IResult> (string code, string rsc, RecordUnitResultRequest body, HttpContext http, IGrainFactory grains, TimeProvider time) =>
            await HoldsUnit(grains, code, rsc)
                ? await TieredSessions.AnswerAsync(http, await grains.GetGrain<ISessionGrain>(code).RecordUnitResultAsync(
                    new RecordUnitResult(rsc, body.Status, body.Results, body.Note, time.GetUtcNow())))
                : Unknown(code, rsc))
            .Produces<SessionView>().ProducesProblem(404).ProducesCommandProblems()
            .WithSummary("Record a unit's complete results at a result status; after OFFICIAL a note is required");

        // Sessions carry results: live for the admin key and CIS keys, as of Feeds:FeedDelay ago for everyone else.
        sessions.MapGet("/{code}", async Task<IResult> (string code, HttpContext http) =>
            await TieredSessions.FindAsync(http, code) is { } session ? TypedResults.Ok(session) : Unknown(code))
            .Produces<SessionView>().ProducesProblem(404).ProducesUnavailable()
            .WithSummary("Read a session with its units, in UTC and venue local time (live for the admin or a CIS key in X-API-KEY, else as of Feeds:FeedDelay ago)");

        sessions.MapGet("", async (HttpContext http, string? day, string? venue, string? discipline, int? page, int? pageSize) =>
            TypedResults.Ok(await TieredSessions.ListAsync(http, Filter(day, venue, discipline), page ?? 1, pageSize ?? 50)))
            .ProducesValidationProblem().ProducesUnavailable()
            .WithSummary("List sessions by ODF competition day (yyyy-MM-dd, venue local, ends 03:00), venue and discipline (tiers as for one session)");
    }

    internal static SessionFilter Filter(string? day, string? venue, string? discipline) => new(
        day is null ? null
            : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new InvalidCommandException("day", $"'{day}' is not a day: expected yyyy-MM-dd."),
        venue is null ? null : Codes.Venue(venue),
        discipline is null ? null : Codes.Discipline(discipline));

    private static async Task<bool> HoldsUnit(IGrainFactory grains, string code, string rsc)
    {
        var unit = Codes.Rsc(rsc).Code;
        return await grains.GetGrain<ISessionGrain>(code).GetSessionAsync() is { } session && session.Units.Any(u => u.Rsc == unit);
    }

    private static IResult Unknown(string code, string? unit = null) => unit is null
        ? VenueEndpoints.NotFound("Unknown session", $"No session is scheduled under '{code}'.")
        : VenueEndpoints.NotFound("Unknown session or unit", $"No session '{code}' holding unit '{unit}' is scheduled.");
}
