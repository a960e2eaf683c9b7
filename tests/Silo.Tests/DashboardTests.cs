using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Olympics.Orleans.Silo.Tests.Feeds;

namespace Olympics.Orleans.Silo.Tests;

public sealed class DashboardTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Without_the_admin_key_the_dashboard_answers_401_with_a_problem_and_a_basic_challenge()
    {
        foreach (var key in new[] { null, "not-a-key-of-anyone-0123456789" })
        {
            using var response = await Get("/dashboard/", key);

            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, key ?? "no key");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!.ShouldContain("Admin:ApiKey");
            response.Headers.WwwAuthenticate.Single().Scheme.ShouldBe("Basic");
        }
    }

    [Fact]
    public async Task A_consumer_key_gets_403_naming_the_operators_role_and_no_basic_challenge()
    {
        using var response = await Get("/dashboard/", FeedSilo.CisKey);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        (detail.Contains("consumer:cis", StringComparison.Ordinal), detail.Contains("Admin:ApiKey", StringComparison.Ordinal)).ShouldBe((true, true), detail);
        response.Headers.WwwAuthenticate.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_silo_started_without_the_dashboard_serves_no_dashboard_route_even_to_operators()
    {
        await using var silo = await FeedSilo.StartAsync("--Orleans:Dashboard=false");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Add("X-API-KEY", FeedSilo.AdminKey);

        using var response = await silo.Http.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_the_admin_key_in_X_API_KEY_the_dashboard_page_is_served()
    {
        using var response = await Get("/dashboard/", FeedSilo.AdminKey);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("index.min.js");
    }

    [Fact]
    public async Task A_browser_giving_the_admin_key_as_basic_password_reads_this_silo_in_the_dashboard_counters()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement counters;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"operator:{FeedSilo.AdminKey}")));
            using var response = await _silo.Http.SendAsync(request, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            counters = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            await Task.Delay(200, Ct);
        }
        while (counters.GetProperty("totalActiveHostCount").GetInt32() == 0 && DateTime.UtcNow < deadline);

        counters.GetProperty("totalActiveHostCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Every_dashboard_route_refuses_a_consumer_key()
    {
        var routes = ((IEndpointRouteBuilder)_silo.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/dashboard", StringComparison.Ordinal)).ToList();

        routes.Count.ShouldBeGreaterThan(10);
        foreach (var route in routes)
        {
            using var response = await Get(Auth.SiloRoutes.SamplePath(route), FeedSilo.CisKey);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, route.RoutePattern.RawText);
        }

        routes.ShouldAllBe(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single() == "GET");
    }

    [Fact]
    public async Task The_openapi_document_and_the_api_are_unchanged_by_the_dashboard()
    {
        var paths = (await _silo.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).GetProperty("paths");

        paths.TryGetProperty("/venues/{code}", out _).ShouldBeTrue();
        paths.EnumerateObject().Select(p => p.Name).ShouldNotContain(p => p.StartsWith("/dashboard", StringComparison.Ordinal));
        (await _silo.Http.GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _silo.Http.GetAsync("/venues/NONE", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> Get(string path, string? key) => _silo.Http.GetAsync(path, key);
}

public sealed class DashboardWithoutAdminKeyTests
{
    [Fact]
    public async Task With_no_admin_key_configured_the_dashboard_is_closed_to_everyone()
    {
        await using var silo = await RunningSilo.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:")));

        using var basic = await silo.Http.SendAsync(request, TestContext.Current.CancellationToken);
        using var header = await silo.Http.GetAsync("/dashboard/", "any-key-at-all-0123456789");

        basic.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        header.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
