using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Client;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>What one probe saw: the version before T (or none yet), the one posted at T, or a refusal (401 or 403).</summary>
internal enum Seen
{
    Old,
    New,
    Refused,
}

/// <summary>
/// How a probe must behave. Tiered: CIS at once, FEED after the delay, no key and a revoked key refused. Public: CIS at
/// once, everyone else (FEED, no key, revoked) after the delay. AdminOnly: every caller of the sweep refused (operators or competition management only). Live: everyone at
/// once (the gate and accreditations: operations, not a results channel, by decision; see docs/architecture.md).
/// </summary>
internal enum Rule
{
    Tiered,
    Public,
    AdminOnly,
    Live,
}

/// <summary>Which of the versions posted at T a probe shows, so which stored time its embargo counts from.</summary>
internal enum Posted
{
    Result,
    Medals,
    Session,
    Standing,
    Access,
}

/// <summary>A caller of the sweep: its key (null for none) and an SDK client configured with it.</summary>
internal sealed record Caller(string Name, string? Key, OlympicsClient Client);

/// <summary>One way of reading results: a route (as the sweep classifies routes) called over HTTP or through the SDK.</summary>
internal sealed record Probe(string Name, string Route, Rule Rule, Posted Posted, Func<Caller, Task<Seen>> RunAsync);

/// <summary>
/// The probes of the tier sweep: every way a caller can read the unit's result, the session, the medal table, the
/// standing qualification gave the sweep's athlete, or the access it gave their accreditation.
/// </summary>
internal static class TierSweepProbes
{
    public const string OldMark = "10.50";
    public const string NewMark = "9.58";

    public static IReadOnlyList<Probe> All(HttpClient http)
    {
        var document = OdfMessages.KeyOf();
        var session = $"/sessions/{ResultsSilo.Session}";
        var athlete = $"/athletes/{TierSweepAthletes.Athlete}";
        var athletes = $"/athletes?event={TierSweepAthletes.Men100}";
        var ct = TestContext.Current.CancellationToken;
        return
        [
            new("GET /feeds/documents/{key}", "GET /feeds/documents/{key}", Rule.Tiered, Posted.Result,
                async c => await SeenAsync<FeedMessageView>(await http.GetAsync(FeedSilo.SnapshotPath(document), c.Key), v => v.Version == 2)),
            new("GET /feeds/sessions/{code}/results", "GET /feeds/sessions/{code}/results", Rule.Tiered, Posted.Result,
                async c => await SeenAsync<SessionResultsView>(await http.GetAsync(ResultsSilo.ResultsPath(), c.Key), v => v.Units.Single().Version == 2)),
            new("GET /feeds/medals", "GET /feeds/medals", Rule.Tiered, Posted.Medals,
                async c => await SeenAsync<MedalTableView>(await http.GetAsync("/feeds/medals", c.Key), v => v.Version == 2)),
            new("GET /sessions/{code}", "GET /sessions/{code}", Rule.Public, Posted.Session,
                async c => await SeenAsync<SessionView>(await http.GetAsync(session, c.Key), IsNew)),
            new("GET /sessions", "GET /sessions/", Rule.Public, Posted.Session,
                async c => await SeenAsync<ResultPage<SessionView>>(await http.GetAsync("/sessions?discipline=ATH", c.Key), p => IsNew(Sweep(p)))),
            new("GET /venues/{code}/sessions", "GET /venues/{code}/sessions", Rule.Public, Posted.Session,
                async c => await SeenAsync<ResultPage<SessionView>>(await http.GetAsync("/venues/STA/sessions", c.Key), p => IsNew(Sweep(p)))),
            new("PUT /sessions/{code} (same schedule)", "PUT /sessions/{code}", Rule.AdminOnly, Posted.Session,
                async c => await SeenAsync<SessionView>(await http.SendAsync(HttpMethod.Put, session, c.Key, ResultsSilo.Schedule, anonymous: c.Key is null), IsNew)),
            new("GET /odf/documents/{key}", "GET /odf/documents/{key}", Rule.AdminOnly, Posted.Result,
                async c => await SeenAsync<FeedMessageView>(await http.GetAsync(OdfSilo.DocumentPath(document), c.Key), _ => true)),
            new("SDK GetDocumentAsync", "GET /feeds/documents/{key}", Rule.Tiered, Posted.Result,
                c => SdkAsync(() => c.Client.GetDocumentAsync(document, ct), v => v.Version == 2)),
            new("SDK GetSessionResultsAsync", "GET /feeds/sessions/{code}/results", Rule.Tiered, Posted.Result,
                c => SdkAsync(() => c.Client.GetSessionResultsAsync(ResultsSilo.Session, ct), v => v.View.Units.Single().Version == 2)),
            new("SDK GetMedalTableAsync", "GET /feeds/medals", Rule.Tiered, Posted.Medals,
                c => SdkAsync(() => c.Client.GetMedalTableAsync(ct), v => v.View.Version == 2)),
            new("SDK GetSessionAsync", "GET /sessions/{code}", Rule.Public, Posted.Session,
                c => SdkAsync(() => c.Client.GetSessionAsync(ResultsSilo.Session, ct), IsNew)),
            new("SDK ListSessionsAsync", "GET /sessions/", Rule.Public, Posted.Session,
                c => SdkAsync<ResultPage<SessionView>>(async () => await c.Client.ListSessionsAsync(discipline: "ATH", cancellationToken: ct), p => IsNew(Sweep(p)))),
            new("GET /athletes/{id}", "GET /athletes/{id}", Rule.Public, Posted.Standing,
                async c => await SeenAsync<AthleteView>(await http.GetAsync(athlete, c.Key), IsQualified)),
            new("GET /athletes", "GET /athletes/", Rule.Public, Posted.Standing,
                async c => await SeenAsync<ResultPage<AthleteView>>(await http.GetAsync(athletes, c.Key), p => IsQualified(p.Items.Single()))),
            new("PUT /athletes/{id} (same registration)", "PUT /athletes/{id}", Rule.AdminOnly, Posted.Standing,
                async c => await SeenAsync<AthleteView>(await http.SendAsync(HttpMethod.Put, athlete, c.Key, TierSweepAthletes.Registration, anonymous: c.Key is null), IsQualified)),
            new("SDK GetAthleteAsync", "GET /athletes/{id}", Rule.Public, Posted.Standing,
                c => SdkAsync(() => c.Client.GetAthleteAsync(TierSweepAthletes.Athlete, ct), IsQualified)),
            new("SDK ListAthletesAsync", "GET /athletes/", Rule.Public, Posted.Standing,
                c => SdkAsync<ResultPage<AthleteView>>(async () => await c.Client.ListAthletesAsync(eventRsc: TierSweepAthletes.Men100, cancellationToken: ct), p => IsQualified(p.Items.Single()))),
            new("GET /gate/check", "GET /gate/check", Rule.Live, Posted.Access,
                async c => await SeenAsync<GateDecision>(await http.GetAsync(TierSweepAthletes.GatePath, c.Key), d => d.Allowed)),
            new("SDK CheckGateAsync", "GET /gate/check", Rule.Live, Posted.Access,
                c => SdkAsync<GateDecision>(async () => await c.Client.CheckGateAsync(TierSweepAthletes.Accreditation, TierSweepAthletes.SemiVenue, 1, TierSweepAthletes.GateInstant, ct), d => d.Allowed)),
            new("GET /accreditations/{number}", "GET /accreditations/{number}", Rule.Live, Posted.Access,
                async c => await SeenAsync<AccreditationView>(await http.GetAsync($"/accreditations/{TierSweepAthletes.Accreditation}", c.Key),
                    v => v.Windows.Any(w => w.Venue == TierSweepAthletes.SemiVenue))),
        ];
    }

    // The sweep adds the athlete's heat and semi-final to the schedule; the session probes follow the final's session.
    private static SessionView Sweep(ResultPage<SessionView> page) => page.Items.Single(s => s.Code == ResultsSilo.Session);

    private static bool IsQualified(AthleteView view) => view.Entries is [{ Status: EntryStatus.Qualified }];

    private static bool IsNew(SessionView view) => view.Units.Single().Results is [var first, ..] && first.Mark == NewMark;

    private static async Task<Seen> SeenAsync<T>(HttpResponseMessage response, Func<T, bool> isNew)
    {
        using (response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Seen.Refused,
                HttpStatusCode.NotFound => Seen.Old,
                HttpStatusCode.OK => isNew((await response.Content.ReadFromJsonAsync<T>(SiloHttp.Json, TestContext.Current.CancellationToken))!) ? Seen.New : Seen.Old,
                _ => throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}"),
            };
        }
    }

    private static async Task<Seen> SdkAsync<T>(Func<Task<T?>> read, Func<T, bool> isNew) where T : class
    {
        try
        {
            return await read() is { } value && isNew(value) ? Seen.New : Seen.Old;
        }
        catch (OlympicsApiException e) when (e.Status == HttpStatusCode.Unauthorized)
        {
            return Seen.Refused;
        }
    }
}
