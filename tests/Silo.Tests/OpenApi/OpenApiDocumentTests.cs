using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Olympics.Orleans.Silo.OpenApi;

namespace Olympics.Orleans.Silo.Tests.OpenApi;

/// <summary>/openapi/v1.json describes every route of the silo completely, checked against the app's endpoint data sources.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;
    private JsonElement _document;

    public async ValueTask InitializeAsync()
    {
        _silo = await RunningSilo.StartAsync();
        _document = await _silo.Http.GetFromJsonAsync<JsonElement>(OpenApiSetup.DocumentPath, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public void Every_route_is_described_with_its_parameters_body_statuses_problems_and_security()
    {
        OpenApiDescriptionRules.Described(_silo.App).Count().ShouldBeGreaterThan(40);

        OpenApiDescriptionRules.Failures(_silo.App, _document).ShouldBeEmpty();
    }

    [Fact]
    public void The_rules_report_each_kind_of_omission_from_the_document()
    {
        var document = JsonNode.Parse(_document.GetRawText())!;
        var paths = document["paths"]!;
        paths["/venues/{code}"]!.AsObject().Remove("get");
        Remove(paths["/gate/check"]!["get"]!["parameters"]!.AsArray(), "at");
        Remove(paths["/feeds/sse"]!["get"]!["parameters"]!.AsArray(), "Last-Event-ID");
        paths["/odf/messages"]!["post"]!.AsObject().Remove("requestBody");
        var medals = paths["/feeds/medals"]!["get"]!["responses"]!;
        medals.AsObject().Remove("404");
        medals["429"]!.AsObject().Remove("headers");
        var venue = paths["/venues/{code}/sessions"]!["get"]!["responses"]!;
        venue["200"]!.AsObject().Remove("content");
        venue["404"]!["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } };
        paths["/admin/cluster"]!["get"]!.AsObject().Remove("security");

        OpenApiDescriptionRules.Failures(_silo.App, JsonSerializer.SerializeToElement(document)).ShouldBe(
        [
            "GET /venues/{code}: not in the document",
            "GET /gate/check: query parameter 'at' is missing",
            "GET /feeds/sse: header parameter 'Last-Event-ID' is missing",
            "POST /odf/messages: request body in application/xml is missing",
            "POST /odf/messages: request body in text/xml is missing",
            "GET /feeds/medals: response 404 is missing",
            "GET /feeds/medals: response 429 does not declare Retry-After",
            "GET /venues/{code}/sessions: response 200 has no content schema",
            "GET /venues/{code}/sessions: response 404 is not application/problem+json with a ProblemDetails schema",
            "GET /admin/cluster: answers 401 but names no declared security scheme",
        ], ignoreOrder: true);
    }

    [Fact]
    public void The_gate_check_lists_its_query_parameters()
    {
        var parameters = Operation("/gate/check", "get").GetProperty("parameters").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())).ToList();

        parameters.ShouldBe([("accreditation", "query"), ("venue", "query"), ("zone", "query"), ("at", "query")], ignoreOrder: true);
    }

    [Fact]
    public void Routes_that_read_or_write_the_wire_by_hand_declare_their_content_types()
    {
        Operation("/odf/messages", "post").GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name)
            .ShouldBe(["application/xml", "text/xml"], ignoreOrder: true);
        Operation("/accreditations/import", "post").GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _).ShouldBeTrue();
        Operation("/feeds/sse", "get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _).ShouldBeTrue();
        Operation("/feeds/ws", "get").GetProperty("responses").TryGetProperty("101", out _).ShouldBeTrue();
    }

    [Fact]
    public void The_document_declares_the_api_key_header_and_the_access_token_query_parameter()
    {
        var schemes = _document.GetProperty("components").GetProperty("securitySchemes");

        Scheme(schemes.GetProperty(SecuritySchemes.ApiKey)).ShouldBe(("apiKey", "header", "X-API-KEY"));
        Scheme(schemes.GetProperty(SecuritySchemes.AccessToken)).ShouldBe(("apiKey", "query", "access_token"));
        Names(Operation("/feeds/ws", "get").GetProperty("security")).ShouldBe([SecuritySchemes.ApiKey, SecuritySchemes.AccessToken]);
        Names(Operation("/admin/cluster", "get").GetProperty("security")).ShouldBe([SecuritySchemes.ApiKey]);
    }

    [Fact]
    public void The_health_routes_are_described_but_not_the_dashboard()
    {
        var paths = _document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        paths.ShouldContain(HealthDescription.Live);
        paths.ShouldContain(HealthDescription.Ready);
        paths.ShouldNotContain(p => p.StartsWith(Endpoints.DashboardEndpoints.Path, StringComparison.Ordinal));
    }

    private static void Remove(JsonArray parameters, string name) => parameters.Remove(parameters.Single(p => p!["name"]!.GetValue<string>() == name));

    private JsonElement Operation(string path, string method) => _document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static (string?, string?, string?) Scheme(JsonElement scheme) =>
        (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString());

    private static List<string> Names(JsonElement security) => [.. security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name))];
}
