using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.Silo.OpenApi;

namespace Olympics.Orleans.Silo.Tests.OpenApi;

/// <summary>
/// The description derives 401, 403 and the security requirement from authorization metadata wherever it is applied
/// (route, group, AllowAnonymous), so routes put under <c>.RequireAuthorization(...)</c> describe themselves.
/// </summary>
public sealed class OpenApiAuthorizationTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private JsonElement _document;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Services.AddAuthorization().AddSiloOpenApi();
        _app = builder.Build();
        _app.MapOpenApi();
        _app.MapGet("/operators", () => "ok").RequireAuthorization("operators");
        _app.MapGet("/signed-in", () => "ok").RequireAuthorization();
        _app.MapGet("/stream", () => TypedResults.Empty).Produces<string>(200, "text/event-stream").RequireAuthorization("consumers");
        var group = _app.MapGroup("/office").RequireAuthorization("accreditation-office");
        group.MapGet("/list", () => "ok");
        group.MapGet("/public", () => "ok").AllowAnonymous();
        _app.MapGet("/plain", () => "ok");
        _app.MapGet("/plain/{id}", (string id) => id).ProducesProblem(StatusCodes.Status404NotFound);
        await _app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(_app.Address()) };
        _document = await http.GetFromJsonAsync<JsonElement>(OpenApiSetup.DocumentPath, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void The_rules_hold_for_routes_under_authorization()
    {
        OpenApiDescriptionRules.Failures(_app, _document).ShouldBeEmpty();
    }

    [Fact]
    public void Refusals_the_transformer_adds_share_the_problem_schema_of_declared_problems()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name);

        schemas.Where(s => s.Contains("Problem", StringComparison.Ordinal)).ShouldBe(["ProblemDetails"]);
        Ref("/operators", "401").ShouldBe(Ref("/plain/{id}", "404"));
    }

    [Theory]
    [InlineData("/operators", "401 403", "ApiKey")]
    [InlineData("/signed-in", "401", "ApiKey")]
    [InlineData("/stream", "401 403", "ApiKey AccessToken")]
    [InlineData("/office/list", "401 403", "ApiKey")]
    [InlineData("/office/public", "", "")]
    [InlineData("/plain", "", "")]
    public void A_route_answers_401_and_403_and_names_its_schemes_as_its_authorization_says(string path, string refusals, string schemes)
    {
        var operation = _document.GetProperty("paths").GetProperty(path).GetProperty("get");

        string.Join(' ', operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s is "401" or "403")).ShouldBe(refusals);
        var security = operation.TryGetProperty("security", out var list) ? list.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)) : [];
        string.Join(' ', security).ShouldBe(schemes);
    }

    private string? Ref(string path, string status) => _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses")
        .GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
}
