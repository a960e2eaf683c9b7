using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Silo.Tests;

public sealed class VenueEndpointTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_registered_venue_is_stored_in_postgres_with_the_authenticated_actor_and_trace_in_its_metadata()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Put, "/venues/TAH")
        {
            Content = JsonContent.Create(new RegisterVenueRequest("Teahupo'o", "Pacific/Tahiti", 0)),
        };
        request.Headers.Add("X-Actor", "someone-else"); // a header the caller sets is not who acts
        request.Headers.Add("X-API-KEY", WriterKeys.Management);
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var response = await _silo.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<VenueView>(Json))!.ShouldBe(
            new VenueView("TAH", "Teahupo'o", "Pacific/Tahiti", 0, VenueStatus.Planned, 1));
        var (type, metadata) = await StoredEvent("venue-TAH");
        type.ShouldBe("venue.registered.v1");
        metadata.GetProperty("actor").GetString().ShouldBe("management:tests");
        metadata.GetProperty("traceId").GetString().ShouldBe(traceId);
        metadata.GetProperty("correlationId").GetString().ShouldBe(traceId);
        metadata.GetProperty("causationId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_status_change_is_applied_and_read_back()
    {
        await _silo.Http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000));

        var changed = await _silo.Http.PostAsJsonAsync("/venues/STA/status", new ChangeVenueStatusRequest(VenueStatus.Operational, "gates open"), Json);
        var read = await _silo.Http.GetFromJsonAsync<VenueView>("/venues/STA", Json);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        read!.Status.ShouldBe(VenueStatus.Operational);
        read.Version.ShouldBe(2);
    }

    [Theory]
    [InlineData("/venues/ST1", """{"name":"x","timeZone":"Europe/Paris","capacity":1}""", "code")]
    [InlineData("/venues/STB", """{"name":"x","timeZone":"Mars/Olympus","capacity":1}""", "timeZone")]
    [InlineData("/venues/STC", """{"name":"","timeZone":"Europe/Paris","capacity":1}""", "name")]
    [InlineData("/venues/STD", """{"name":"x","timeZone":"Europe/Paris","capacity":-5}""", "capacity")]
    public async Task A_malformed_command_is_a_400_problem_naming_the_field(string path, string body, string field)
    {
        var response = await _silo.Http.PutAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await _silo.Http.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unparsable_json_is_a_400_problem_saying_where()
    {
        var response = await _silo.Http.PostAsync("/venues/STA/status",
            new StringContent("""{"status":"Sideways","reason":"x"}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("$.status");
    }

    [Fact]
    public async Task A_refused_transition_is_a_409_problem_and_an_unknown_venue_a_404()
    {
        var refused = await _silo.Http.PostAsJsonAsync("/venues/ZZZ/status", new ChangeVenueStatusRequest(VenueStatus.Closed, "storm"), Json);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("The venue is not registered.");
        (await _silo.Http.GetAsync("/venues/ZZZ")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Zones_are_defined_renamed_and_removed_and_venues_are_listed_by_code()
    {
        await _silo.Http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000));
        await _silo.Http.PutAsJsonAsync("/venues/BCY", new RegisterVenueRequest("Bercy Arena", "Europe/Paris", 15000));

        await _silo.Http.PutAsJsonAsync("/venues/STA/zones/4", new DefineZoneRequest("VIP lounge"));
        await _silo.Http.PutAsJsonAsync("/venues/STA/zones/1", new DefineZoneRequest("Field"));
        await _silo.Http.PutAsJsonAsync("/venues/STA/zones/1", new DefineZoneRequest("Field of play"));
        var removed = await _silo.Http.DeleteAsync("/venues/STA/zones/4");
        var badZone = await _silo.Http.PutAsJsonAsync("/venues/STA/zones/0", new DefineZoneRequest("Nowhere"));

        (await removed.Content.ReadFromJsonAsync<VenueView>(Json))!.Zones.ShouldBe([new VenueZone(1, "Field of play")]);
        badZone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var list = await Sessions.SiloHttp.Until<Contracts.ResultPage<VenueView>>(_silo.Http, "/venues", p => p.Items.Any(v => v.Version == 5));
        list.Items.Select(v => v.Code).ShouldBe(["BCY", "STA"]);
        list.Items[1].Zones.ShouldBe([new VenueZone(1, "Field of play")]);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_venue_endpoints()
    {
        var document = await _silo.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        document.GetProperty("paths").TryGetProperty("/venues/{code}", out _).ShouldBeTrue();
    }

    private static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private async Task<(string Type, JsonElement Metadata)> StoredEvent(string stream)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT type, json_build_object('actor', user_name, 'traceId', headers->>'traceId', 'correlationId', correlation_id, 'causationId', causation_id)::text
            FROM {_silo.Schema}.mt_events WHERE stream_id = @s ORDER BY version LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("s", stream);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue($"no event in {stream}");
        return (reader.GetString(0), JsonSerializer.Deserialize<JsonElement>(reader.GetString(1)));
    }
}
