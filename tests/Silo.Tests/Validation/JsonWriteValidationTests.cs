using System.Net;
using System.Net.Http.Json;
using System.Text;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Validation;

/// <summary>
/// The JSON write routes on a real silo and PostgreSQL: wrong codes, numbers sent as strings and oversized bodies are
/// 400 or 413 problems naming the field, and the stream the command was for stays as it was.
/// </summary>
public sealed class JsonWriteValidationTests : IAsyncLifetime
{
    private const string Final = "ATHM100M--------------FNL-000100--";
    private const int BodyLimit = 200_000;
    private static readonly DateTimeOffset _start = new(2024, 8, 4, 19, 0, 0, TimeSpan.FromHours(2));
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync(null, $"--Limits:JsonBodyBytes={BodyLimit}");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private HttpClient Http => _silo.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"name":"Stade","timeZone":"Europe/Paris","capacity":"77000"}""", "capacity")]
    [InlineData("""{"name":"Stade","timeZone":"Europe/Paris","capacity":77000.5}""", "capacity")]
    [InlineData("""{"name":42,"timeZone":"Europe/Paris","capacity":77000}""", "name")]
    public async Task A_value_of_the_wrong_JSON_type_is_a_400_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var response = await Http.PutAsync("/venues/STA", Json(body), Ct);

        await ShouldNameAsync(response, HttpStatusCode.BadRequest, field);
        (await StreamVersionAsync("venue-STA")).ShouldBe(0);
    }

    [Fact]
    public async Task A_status_sent_as_a_number_is_a_400_naming_the_field_and_the_venue_is_unchanged()
    {
        await RegisterVenueAsync();

        var response = await Http.PostAsync("/venues/STA/status", Json("""{"status":1,"reason":"gates open"}"""), Ct);

        await ShouldNameAsync(response, HttpStatusCode.BadRequest, "status");
        (await StreamVersionAsync("venue-STA")).ShouldBe(1);
    }

    [Theory]
    [InlineData("/athletes/A1", """{"noc":"XYZ","givenName":"A","familyName":"B","gender":"Male","birthDate":"2000-01-01","discipline":"ATH","accreditationNumber":"12345678"}""", "noc", "athlete-A1")]
    [InlineData("/athletes/A2", """{"noc":"fra","givenName":"A","familyName":"B","gender":"Male","birthDate":"2000-01-01","discipline":"ATH","accreditationNumber":"12345678"}""", "noc", "athlete-A2")]
    [InlineData("/athletes/A3", """{"noc":"FRA","givenName":"A","familyName":"B","gender":"Male","birthDate":"2000-01-01","discipline":"QQQ","accreditationNumber":"12345678"}""", "discipline", "athlete-A3")]
    [InlineData("/sessions/ATH01", """{"discipline":"QQQ","venue":"STA","title":"x","start":"2024-08-04T19:00:00+02:00","end":"2024-08-04T22:00:00+02:00","units":[]}""", "discipline", "session-ATH01")]
    [InlineData("/sessions/ATH02", """{"discipline":"ATH","venue":"Stade","title":"x","start":"2024-08-04T19:00:00+02:00","end":"2024-08-04T22:00:00+02:00","units":[]}""", "venue", "session-ATH02")]
    [InlineData("/accreditations/10000001", """{"name":"A B","category":"Athlete","function":"AA01","noc":"ZZZ","validFrom":"2024-07-18","validUntil":"2024-08-14","reason":"x"}""", "noc", "accreditation-10000001")]
    public async Task A_code_outside_the_games_lists_is_a_400_naming_the_field_and_nothing_is_stored(string path, string body, string field, string stream)
    {
        await RegisterVenueAsync();

        var response = await Http.PutAsync(path, Json(body), Ct);

        await ShouldNameAsync(response, HttpStatusCode.BadRequest, field);
        (await StreamVersionAsync(stream)).ShouldBe(0);
    }

    [Fact]
    public async Task A_10000_athlete_start_list_is_a_400_naming_the_limit_and_the_start_list_is_unchanged()
    {
        await ScheduleFinalAsync();
        var before = await StreamVersionAsync("session-ATH01");
        var athletes = Enumerable.Range(1, 10_000).Select(i => $"A{i}").ToArray();

        var response = await Http.PostAsJsonAsync($"/sessions/ATH01/units/{Final}/start-list", new SetStartListRequest(athletes), SiloHttp.Json, Ct);

        var detail = await ShouldNameAsync(response, HttpStatusCode.BadRequest, "athletes");
        detail.ShouldContain("Limits:StartListAthletes");
        (await StreamVersionAsync("session-ATH01")).ShouldBe(before);
        (await Http.PostAsJsonAsync($"/sessions/ATH01/units/{Final}/start-list", new SetStartListRequest(athletes[..500]), SiloHttp.Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "the default limit is 500");
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_is_a_413_whether_its_length_is_announced_or_not()
    {
        await ScheduleFinalAsync();
        var before = await StreamVersionAsync("session-ATH01");
        var athletes = Enumerable.Range(1, 400).Select(i => new string('A', 600) + i).ToArray();
        var path = $"/sessions/ATH01/units/{Final}/start-list";

        var announced = await Http.PostAsync(path, Json(System.Text.Json.JsonSerializer.Serialize(new SetStartListRequest(athletes), SiloHttp.Json)), Ct);
        var chunked = await Http.PostAsJsonAsync(path, new SetStartListRequest(athletes), SiloHttp.Json, Ct);

        announced.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await announced.Problem()).GetProperty("detail").GetString()!.ShouldContain("Limits:JsonBodyBytes");
        chunked.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await StreamVersionAsync("session-ATH01")).ShouldBe(before);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string> ShouldNameAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Problem();
        problem.GetProperty("errors").TryGetProperty(field, out var reasons).ShouldBeTrue(text);
        return reasons[0].GetString()!;
    }

    private Task<long> StreamVersionAsync(string stream) => _silo.Service<IEventStore>().GetStreamVersionAsync(stream, Ct);

    private async Task RegisterVenueAsync() =>
        (await Http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), SiloHttp.Json, Ct)).EnsureSuccessStatusCode();

    private async Task ScheduleFinalAsync()
    {
        await RegisterVenueAsync();
        (await Http.PutAsJsonAsync("/sessions/ATH01", new ScheduleSessionRequest("ATH", "STA", "Finals", _start, _start.AddHours(3),
            [new PlannedUnit(Final, "Men's 100m final", _start)]), SiloHttp.Json, Ct)).EnsureSuccessStatusCode();
    }
}
