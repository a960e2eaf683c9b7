using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Silo.Tests.Sessions;

/// <summary>Sessions through HTTP on a real silo and PostgreSQL: venue local time, the ODF day, result corrections.</summary>
public sealed class SessionEndpointTests : IAsyncLifetime
{
    private const string SurfHeat1 = "SRFMSHORTBRD----------R1--000100--";
    private const string SurfHeat2 = "SRFMSHORTBRD----------R1--000200--";
    private const string Final = "ATHM100M--------------FNL-000100--";
    private static readonly TimeSpan _tahiti = TimeSpan.FromHours(-10);
    private const string AdminKey = "sessions-admin-key-0123456789";
    private static readonly TimeSpan _paris = TimeSpan.FromHours(2);
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await RunningSilo.StartAsync(null, $"--Admin:ApiKey={AdminKey}");
        (await Http.PutAsJsonAsync("/venues/TAH", new RegisterVenueRequest("Teahupo'o", "Pacific/Tahiti", 0))).EnsureSuccessStatusCode();
        (await Http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000))).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Sessions_starting_at_half_past_midnight_local_belong_to_the_previous_day_in_tahiti_and_in_paris()
    {
        await Schedule("SRF01", "SRF", "TAH", new(2024, 7, 28, 0, 30, 0, _tahiti), SurfHeat1);
        await Schedule("ATH01", "ATH", "STA", new(2024, 7, 28, 0, 30, 0, _paris), Final);
        // 20:00 on 28 July in Tahiti is 08:00 on 29 July in Paris: still Tahiti's day 28.
        await Schedule("SRF02", "SRF", "TAH", new(2024, 7, 28, 20, 0, 0, _tahiti), SurfHeat2);

        var day27 = await Http.Until<ResultPage<SessionView>>("/sessions?day=2024-07-27", p => p.Total == 2);
        var day28 = await Http.Until<ResultPage<SessionView>>("/sessions?day=2024-07-28", p => p.Total == 1);
        var tahiti = await Http.GetFromJsonAsync<JsonElement>("/sessions/SRF01", TestContext.Current.CancellationToken);

        day27.Items.Select(s => s.Code).ShouldBe(["ATH01", "SRF01"]);
        day28.Items.ShouldHaveSingleItem().Code.ShouldBe("SRF02");
        (await Http.GetFromJsonAsync<ResultPage<SessionView>>("/sessions?day=2024-07-29", SiloHttp.Json))!.Total.ShouldBe(0);
        tahiti.GetProperty("startUtc").GetString().ShouldBe("2024-07-28T10:30:00+00:00");
        tahiti.GetProperty("startLocal").GetString().ShouldBe("2024-07-28T00:30:00-10:00");
        tahiti.GetProperty("day").GetString().ShouldBe("2024-07-27");
        tahiti.GetProperty("status").GetString().ShouldBe("SCHEDULED");
        tahiti.GetProperty("units")[0].GetProperty("status").GetString().ShouldBe("START_LIST");
    }

    [Fact]
    public async Task Sessions_list_by_venue_and_discipline_and_a_venue_lists_the_sessions_it_hosts()
    {
        await Schedule("SRF01", "SRF", "TAH", new(2024, 7, 28, 8, 0, 0, _tahiti), SurfHeat1);
        await Schedule("ATH01", "ATH", "STA", new(2024, 8, 4, 19, 0, 0, _paris), Final);

        var atTahiti = await Http.Until<ResultPage<SessionView>>("/venues/TAH/sessions", p => p.Total == 1);
        var athletics = await Http.Until<ResultPage<SessionView>>("/sessions?discipline=ATH&venue=STA", p => p.Total == 1);

        atTahiti.Items.ShouldHaveSingleItem().Code.ShouldBe("SRF01");
        athletics.Items.ShouldHaveSingleItem().StartLocal.Offset.ShouldBe(_paris);
        (await Http.GetAsync("/venues/ZZZ/sessions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_correction_after_official_needs_a_note_and_the_notes_accumulate()
    {
        await Schedule("ATH01", "ATH", "STA", new(2024, 8, 4, 19, 0, 0, _paris), Final);
        (await Http.PostAsJsonAsync($"/sessions/ATH01/units/{Final}/start-list", new SetStartListRequest(["1", "2"]))).EnsureSuccessStatusCode();
        UnitResultEntry[] first = [new("1", 1, "9.79", null, null, false), new("2", 2, "9.80", null, null, false)];
        UnitResultEntry[] corrected = [new("2", 1, "9.79", null, null, false), new("1", 2, "9.79", null, null, false)];
        await Result(ResultStatus.Unofficial, first, null);
        await Result(ResultStatus.Official, first, null);

        var withoutNote = await Post(ResultStatus.Official, corrected, null);
        await Result(ResultStatus.Protested, first, "protest by USA");
        await Result(ResultStatus.Official, corrected, "photo finish reviewed");

        withoutNote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await withoutNote.Problem()).GetProperty("detail").GetString()!.ShouldContain("needs a note");
        // Results are live only for the admin and CIS keys; anyone else sees them after Feeds:FeedDelay.
        using var read = new HttpRequestMessage(HttpMethod.Get, "/sessions/ATH01") { Headers = { { "X-API-KEY", AdminKey } } };
        var unit = (await (await Http.SendAsync(read, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<SessionView>(SiloHttp.Json, TestContext.Current.CancellationToken))!.Units.Single();
        unit.Status.ShouldBe(ResultStatus.Official);
        unit.Results[0].Athlete.ShouldBe("2");
        unit.Notes.Select(n => n.Note).ShouldBe(["protest by USA", "photo finish reviewed"]);
    }

    [Fact]
    public async Task Unknown_sessions_and_units_are_404_and_refused_transitions_409()
    {
        await Schedule("ATH01", "ATH", "STA", new(2024, 8, 4, 19, 0, 0, _paris), Final);

        (await Http.GetAsync("/sessions/ATH09")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Http.PostAsJsonAsync("/sessions/ATH09/status", new ChangeSessionStatusRequest(ScheduleStatus.Running), SiloHttp.Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Http.PostAsJsonAsync("/sessions/ATH01/units/ATHM100M--------------FNL-000200--/start-list", new SetStartListRequest(["1"]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await Http.PostAsJsonAsync("/sessions/ATH01/status", new ChangeSessionStatusRequest(ScheduleStatus.Finished), SiloHttp.Json);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Problem()).GetProperty("detail").GetString()!.ShouldContain("cannot go from SCHEDULED to FINISHED");
    }

    [Theory]
    [InlineData("/sessions/ATH01/units/ATHM100M/start-list", """{"athletes":["1"]}""", "rsc", "34 characters")]
    [InlineData("/sessions/ATH01/status", """{"status":"RESCHEDULED","start":"2024-08-05T19:00:00Z"}""", "end", "new end")]
    [InlineData("/sessions?day=28-07-2024", null, "day", "yyyy-MM-dd")]
    public async Task A_malformed_request_is_a_400_naming_the_field_and_the_reason(string path, string? body, string field, string reason)
    {
        await Schedule("ATH01", "ATH", "STA", new(2024, 8, 4, 19, 0, 0, _paris), Final);

        var response = body is null ? await Http.GetAsync(path) : await Http.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Problem()).GetProperty("errors");
        errors.GetProperty(field)[0].GetString()!.ShouldContain(reason);
    }

    [Fact]
    public async Task A_schedule_with_a_bad_unit_names_the_unit_field()
    {
        var response = await Http.PutAsJsonAsync("/sessions/ATH02", new ScheduleSessionRequest("ATH", "STA", "x",
            new(2024, 8, 4, 19, 0, 0, _paris), new(2024, 8, 4, 22, 0, 0, _paris), [new PlannedUnit("ATHM100M--------------FNL---------", "x", new(2024, 8, 4, 19, 0, 0, _paris))]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").TryGetProperty("units[0].rsc", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_openapi_document_lists_the_session_athlete_and_venue_endpoints()
    {
        var paths = (await Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken)).GetProperty("paths");

        foreach (var path in new[] { "/sessions", "/sessions/{code}", "/sessions/{code}/units/{rsc}/result", "/athletes", "/athletes/{id}/qualified", "/venues", "/venues/{code}/sessions", "/venues/{code}/zones/{number}" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
    }

    private async Task Schedule(string code, string discipline, string venue, DateTimeOffset start, string unit) =>
        (await Http.PutAsJsonAsync($"/sessions/{code}", new ScheduleSessionRequest(discipline, venue, code, start, start.AddHours(3), [new PlannedUnit(unit, unit, start)]), SiloHttp.Json))
            .EnsureSuccessStatusCode();

    private Task<HttpResponseMessage> Post(ResultStatus status, UnitResultEntry[] results, string? note) =>
        Http.PostAsJsonAsync($"/sessions/ATH01/units/{Final}/result", new RecordUnitResultRequest(status, results, note), SiloHttp.Json);

    private async Task Result(ResultStatus status, UnitResultEntry[] results, string? note) =>
        (await Post(status, results, note)).StatusCode.ShouldBe(HttpStatusCode.OK);
}
