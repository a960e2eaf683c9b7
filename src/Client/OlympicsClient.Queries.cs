using System.Globalization;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Client;

/// <summary>Typed queries: the schedule, athletes, venues and the accreditation gate check.</summary>
public sealed partial class OlympicsClient
{
    /// <summary>Schedules a session at a registered venue with its units; scheduling again with the same details is harmless.</summary>
    public Task<SessionView> ScheduleSessionAsync(string code, ScheduleSessionRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<SessionView>(HttpMethod.Put, $"sessions/{QueryString.Segment(code)}", request, cancellationToken);

    /// <summary>
    /// Reads a session with its units; null when no session has that code. Its results are live when the client's
    /// ApiKey is a CIS (or the admin) key; for any other key, or none, the session is as it was the feed delay ago.
    /// </summary>
    public Task<SessionView?> GetSessionAsync(string code, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<SessionView>($"sessions/{QueryString.Segment(code)}", cancellationToken);

    /// <summary>One page of the schedule, filtered by ODF competition day, venue and discipline (each optional); results by tier as for <see cref="GetSessionAsync"/>.</summary>
    public Task<ResultPage<SessionView>> ListSessionsAsync(
        DateOnly? day = null, string? venue = null, string? discipline = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        SendAsync<ResultPage<SessionView>>(HttpMethod.Get, QueryString.Of("sessions",
            ("day", day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("venue", venue), ("discipline", discipline),
            ("page", Number(page)), ("pageSize", Number(pageSize))), null, cancellationToken);

    /// <summary>
    /// Reads an athlete with their entries, standing and medals; null when no athlete has that id. Standing comes from
    /// results (the qualification process marks athletes qualified or eliminated after an OFFICIAL result), so it is
    /// live when the client's ApiKey is a CIS (or the admin) key; for any other key, or none, the athlete is as they
    /// were the feed delay ago, and one registered more recently shows with no entries yet.
    /// </summary>
    public Task<AthleteView?> GetAthleteAsync(string id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<AthleteView>($"athletes/{QueryString.Segment(id)}", cancellationToken);

    /// <summary>
    /// One page of athletes by family name, filtered by NOC and entered event (event-level RSC), each optional; each
    /// athlete is shown by tier as for <see cref="GetAthleteAsync"/> (the filters use current entries, which are not results).
    /// </summary>
    public Task<ResultPage<AthleteView>> ListAthletesAsync(
        string? noc = null, string? eventRsc = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        SendAsync<ResultPage<AthleteView>>(HttpMethod.Get, QueryString.Of("athletes",
            ("noc", noc), ("event", eventRsc), ("page", Number(page)), ("pageSize", Number(pageSize))), null, cancellationToken);

    /// <summary>One page of venues by code.</summary>
    public Task<ResultPage<VenueView>> ListVenuesAsync(int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        SendAsync<ResultPage<VenueView>>(HttpMethod.Get, QueryString.Of("venues", ("page", Number(page)), ("pageSize", Number(pageSize))), null, cancellationToken);

    /// <summary>
    /// Whether an accreditation (8 digits) or card (NNNNNNNN-S) may enter a venue, and optionally a zone, at an instant
    /// (default: now at the silo). A refusal is an answer, not an error: see <see cref="GateDecision.Reason"/>.
    /// </summary>
    public Task<GateDecision> CheckGateAsync(
        string accreditation, string venue, int? zone = null, DateTimeOffset? at = null, CancellationToken cancellationToken = default) =>
        SendAsync<GateDecision>(HttpMethod.Get, QueryString.Of("gate/check",
            ("accreditation", accreditation), ("venue", venue), ("zone", zone is { } z ? Number(z) : null),
            ("at", at?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture))), null, cancellationToken);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
