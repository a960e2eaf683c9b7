using System.Net;
using Microsoft.AspNetCore.Authorization;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Auth;

/// <summary>
/// Every route that changes state needs a credential and a role. The sweep reads the routes from the app's endpoint
/// data sources, as the tier sweep does, so a new write route without a policy fails it; then it calls every route
/// that has one over real HTTP with no key (401), another role's key (403) and its own role's key (admitted).
/// </summary>
public sealed class RoutePolicySweepTests : IAsyncLifetime
{
    // Health checks answer any method and change nothing.
    private static readonly string[] _anyMethodReads = ["/health/live", "/health/ready"];

    private static readonly Dictionary<string, string> _keyOf = new(StringComparer.Ordinal)
    {
        [SiloPolicies.Operator] = FeedSilo.AdminKey,
        [SiloPolicies.ResultsSource] = OdfSilo.Key,
        [SiloPolicies.AccreditationOffice] = WriterKeys.Office,
        [SiloPolicies.CompetitionManagement] = WriterKeys.Management,
        [SiloPolicies.FeedConsumer] = FeedSilo.CisKey,
        [SiloPolicies.Workforce] = WriterKeys.Workforce,
    };

    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public void Every_write_route_and_every_operator_or_feed_route_requires_the_policy_of_its_role()
    {
        var routes = SiloRoutes.All(_silo.App).ToList();
        var wrong = routes
            .Select(r => (Route: $"{r.Method} {r.Route}", Expected: Expected(r.Method, r.Route),
                Actual: string.Join(",", r.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy))))
            .Where(r => (r.Expected ?? "") != r.Actual)
            .Select(r => $"{r.Route}: expected policy '{r.Expected ?? "none"}', has '{r.Actual}'")
            .ToList();

        routes.Count.ShouldBeGreaterThan(60);
        wrong.ShouldBeEmpty("a route that changes state needs .RequireAuthorization(SiloPolicies.<Role>); reads open to all need none");
    }

    [Fact]
    public async Task Every_route_with_a_policy_refuses_no_key_with_401_and_another_roles_key_with_403_and_admits_its_own_role()
    {
        var failures = new List<string>();
        foreach (var (method, route, endpoint) in SiloRoutes.All(_silo.App))
        {
            if (endpoint.Metadata.GetMetadata<IAuthorizeData>()?.Policy is not { } policy)
            {
                continue;
            }

            var path = SiloRoutes.SamplePath(endpoint);
            var other = policy == SiloPolicies.FeedConsumer ? WriterKeys.Management : FeedSilo.CisKey;
            await ExpectAsync(failures, method, path, null, HttpStatusCode.Unauthorized);
            await ExpectAsync(failures, method, path, other, HttpStatusCode.Forbidden);
            using var own = await SendAsync(method, path, _keyOf[policy]);
            if (own.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {path} with the key of {policy}: {(int)own.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
    }

    private static string? Expected(string method, string route)
    {
        var write = method is not ("GET" or "HEAD") && !_anyMethodReads.Contains(route);
        return route switch
        {
            _ when route.StartsWith("/admin/", StringComparison.Ordinal) || route.StartsWith("/dashboard", StringComparison.Ordinal) => SiloPolicies.Operator,
            _ when route.StartsWith("/odf/documents", StringComparison.Ordinal) => SiloPolicies.Operator,
            "/odf/messages" => SiloPolicies.ResultsSource,
            _ when route.StartsWith("/rosters", StringComparison.Ordinal) => SiloPolicies.Workforce,
            _ when route.StartsWith("/feeds/", StringComparison.Ordinal) || route == "/auth/token" => SiloPolicies.FeedConsumer,
            _ when write && route.StartsWith("/accreditations", StringComparison.Ordinal) => SiloPolicies.AccreditationOffice,
            _ when write && (route.StartsWith("/venues", StringComparison.Ordinal) || route.StartsWith("/sessions", StringComparison.Ordinal)
                || route.StartsWith("/athletes", StringComparison.Ordinal)) => SiloPolicies.CompetitionManagement,
            _ when write => "a policy (this write route has none the sweep knows)",
            _ => null,
        };
    }

    private async Task ExpectAsync(List<string> failures, string method, string path, string? key, HttpStatusCode expected)
    {
        using var response = await SendAsync(method, path, key);
        var type = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode != expected || type != "application/problem+json")
        {
            failures.Add($"{method} {path} with {key ?? "no key"}: {(int)response.StatusCode} {type}, expected {(int)expected} problem details");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string? key)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Options.Set(WriterKeys.Anonymous, true);
        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        // Headers only: with its own key, /feeds/sse would stream until disposed.
        return await _silo.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }
}
