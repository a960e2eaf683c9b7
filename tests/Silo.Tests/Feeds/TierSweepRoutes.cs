namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>What a route of the silo can hand out, for the tier sweep.</summary>
internal enum RouteKind
{
    /// <summary>Results: the sweep probes it with every kind of caller (or says which test covers it).</summary>
    Results,

    /// <summary>Nothing derived from results.</summary>
    NoResults,

    /// <summary>
    /// Accreditation access that qualification moves after an OFFICIAL result: live for everyone by decision (security
    /// needs it at once; not a results channel; docs/architecture.md, "Tiers per endpoint").
    /// </summary>
    Operational,
}

/// <summary>
/// Every route of the silo, classified. The sweep reads the routes from the app's endpoint data sources; a route that
/// is not listed here fails it, so a new endpoint cannot ship without someone deciding what it carries.
/// </summary>
internal static class TierSweepRoutes
{
    // The Orleans dashboard shows any grain's state, live results included.
    private const string Dashboard = "admin key only, every consumer key refused: DashboardTests.Every_dashboard_route_refuses_a_consumer_key";

    public static IReadOnlyDictionary<string, (RouteKind Kind, string How)> All { get; } = new Dictionary<string, (RouteKind, string)>(StringComparer.Ordinal)
    {
        ["GET /feeds/sse"] = (RouteKind.Results, "probed: SSE stream per tier; no key and a revoked key are refused"),
        ["GET /feeds/ws"] = (RouteKind.Results, "probed: WebSocket per tier; no key and a revoked key are refused"),
        ["GET /feeds/documents/{key}"] = (RouteKind.Results, "probed: document snapshot by tier"),
        ["GET /feeds/sessions/{code}/results"] = (RouteKind.Results, "probed: session results snapshot by tier"),
        ["GET /feeds/medals"] = (RouteKind.Results, "probed: medal table snapshot by tier"),
        ["GET /sessions/{code}"] = (RouteKind.Results, "probed: live for CIS, as of the delay for the others"),
        ["GET /sessions/"] = (RouteKind.Results, "probed: live for CIS, as of the delay for the others"),
        ["GET /venues/{code}/sessions"] = (RouteKind.Results, "probed: live for CIS, as of the delay for the others"),
        ["PUT /sessions/{code}"] = (RouteKind.Results, "probed: competition management only, every consumer key and no key refused"),
        ["POST /sessions/{code}/status"] = (RouteKind.Results, "answers like PUT /sessions/{code} (TieredSessions); SessionTierTests"),
        ["POST /sessions/{code}/units/{rsc}/start-list"] = (RouteKind.Results, "answers like PUT /sessions/{code} (TieredSessions)"),
        ["POST /sessions/{code}/units/{rsc}/result"] = (RouteKind.Results, "answers like PUT /sessions/{code} (TieredSessions)"),
        ["GET /odf/documents/{key}"] = (RouteKind.Results, "probed: admin key only, every consumer key is refused"),
        ["POST /odf/messages"] = (RouteKind.NoResults, "the venues' ingest: answers a receipt (outcome, key, version) for the sender's own message"),
        ["POST /admin/feeds/consumers/{name}/revoke"] = (RouteKind.NoResults, "admin: 204"),
        ["GET /admin/cluster/"] = (RouteKind.NoResults, "admin: the silos of the cluster (ClusterEndpointTests)"),
        ["GET /admin/cluster/probes/{key}"] = (RouteKind.NoResults, "admin: where a probe grain lives (ClusterEndpointTests)"),
        ["POST /auth/token"] = (RouteKind.NoResults, "a consumer's access token for the streams (AccessTokenTests)"),
        ["GET /admin/odf/refusals"] = (RouteKind.NoResults, "admin key only: why stored documents were refused, no results (OdfRulesTests)"),
        ["GET /disciplines/{code}"] = (RouteKind.NoResults, "a discipline's last keep-alive"),
        ["* /health/live"] = (RouteKind.NoResults, "health"),
        ["* /health/ready"] = (RouteKind.NoResults, "health"),
        ["GET /openapi/{documentName}.json"] = (RouteKind.NoResults, "the API description"),
        ["PUT /venues/{code}"] = (RouteKind.NoResults, "venue"),
        ["POST /venues/{code}/status"] = (RouteKind.NoResults, "venue"),
        ["PUT /venues/{code}/zones/{number:int}"] = (RouteKind.NoResults, "venue"),
        ["DELETE /venues/{code}/zones/{number:int}"] = (RouteKind.NoResults, "venue"),
        ["GET /venues/{code}"] = (RouteKind.NoResults, "venue"),
        ["GET /venues/"] = (RouteKind.NoResults, "venue"),
        ["GET /gate/check"] = (RouteKind.Operational, "probed: live for every caller (allowed or not, and why)"),
        ["PUT /accreditations/{number}"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/vetting/cleared"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/vetting/refused"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/approve"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/card"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/card/reissue"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/arrival"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/privileges"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/venue-access"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/venue-access/end"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/suspend"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/reinstate"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["POST /accreditations/{number}/cancel"] = (RouteKind.Operational, "answers the accreditation as GET /accreditations/{number} does"),
        ["GET /accreditations/{number}"] = (RouteKind.Operational, "probed: live for every caller (time windows at venues)"),
        ["GET /accreditations/"] = (RouteKind.NoResults, "accreditation summaries: no time windows"),
        ["POST /accreditations/import"] = (RouteKind.NoResults, "an import report"),
        ["PUT /athletes/{id}"] = (RouteKind.Results, "probed: competition management only, every consumer key and no key refused"),
        ["POST /athletes/{id}/entries"] = (RouteKind.Results, "answers like PUT /athletes/{id} (TieredAthletes); AthleteTierTests"),
        ["POST /athletes/{id}/qualified"] = (RouteKind.Results, "answers like PUT /athletes/{id} (TieredAthletes); AthleteTierTests"),
        ["POST /athletes/{id}/eliminated"] = (RouteKind.Results, "answers like PUT /athletes/{id} (TieredAthletes)"),
        ["POST /athletes/{id}/irm"] = (RouteKind.Results, "answers like PUT /athletes/{id} (TieredAthletes); AthleteTierTests"),
        ["POST /athletes/{id}/medals"] = (RouteKind.Results, "answers like PUT /athletes/{id} (TieredAthletes)"),
        ["GET /athletes/{id}"] = (RouteKind.Results, "probed: standing set by qualification after an OFFICIAL result, live for CIS, as of the delay for the others"),
        ["GET /athletes/"] = (RouteKind.Results, "probed: live for CIS, as of the delay for the others"),
        ["PUT /rosters/{id}/volunteers"] = (RouteKind.NoResults, "rostering, workforce key only: an import report"),
        ["PUT /rosters/{id}/shifts"] = (RouteKind.NoResults, "rostering, workforce key only: an import report"),
        ["GET /rosters/{id}"] = (RouteKind.NoResults, "rostering, workforce key only: counts of volunteers, shifts, assignments"),
        ["POST /rosters/{id}/plans"] = (RouteKind.NoResults, "rostering, workforce key only: a plan's progress"),
        ["GET /rosters/{id}/plans/{plan:int}"] = (RouteKind.NoResults, "rostering, workforce key only: a plan's progress and checker report"),
        ["GET /rosters/{id}/plans/{plan:int}/assignments"] = (RouteKind.NoResults, "rostering, workforce key only: volunteers on shifts"),
        ["POST /rosters/{id}/plans/{plan:int}/publish"] = (RouteKind.NoResults, "rostering, workforce key only: a publication's counts"),
        ["POST /rosters/{id}/withdrawals"] = (RouteKind.NoResults, "rostering, workforce key only: a re-plan's changes by volunteer"),
        ["GET /rosters/{id}/volunteers/{volunteer}/schedule"] = (RouteKind.NoResults, "rostering, workforce key only: a volunteer's shifts"),
        ["GET /rosters/{id}/venues/{venue}/coverage"] = (RouteKind.NoResults, "rostering, workforce key only: places filled by day"),
        ["GET /dashboard/"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/index.html"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/favicon.ico"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/index.min.js"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/index.css"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/fonts/{**path}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/img/{**path}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/version"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/DashboardCounters"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/ClusterStats"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/Reminders"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/Reminders/{page:int}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/HistoricalStats/{*path}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/SiloProperties/{*address}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/SiloStats/{*address}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/SiloCounters/{*address}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/GrainStats/{*grainName}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/TopGrainMethods"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/GrainState"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/GrainTypes"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/Trace"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/SiloMetadata/{*address}"] = (RouteKind.Results, Dashboard),
        ["GET /dashboard/LifecycleStages"] = (RouteKind.Results, Dashboard),
    };
}
