using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Silo.Tests.Rostering;

/// <summary>Volunteers and shifts imported over HTTP as CSV or JSON, stored as batch events; a faulty import is refused whole.</summary>
public sealed class RosterImportTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync(null, "--Limits:RosterImportBytes=2000000", "--Limits:JsonBodyBytes=100000");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_csv_import_stores_every_row_in_batch_events_with_the_planner_as_actor()
    {
        await RosterData.ImportAsync(Http, "csv");

        var roster = await RosterData.RosterAsync(Http, "csv");
        roster.Volunteers.ShouldBe(RosterData.Instance.Volunteers.Count);
        roster.Shifts.ShouldBe(RosterData.Instance.Shifts.Count);
        roster.Places.ShouldBe(RosterData.Instance.Demand);
        var events = await StoredAsync("rosterinput-csv");
        events.Select(e => e.Type).Distinct().ShouldBe(["volunteers.imported.v1", "shifts.imported.v1"], ignoreOrder: true);
        events.Count(e => e.Type == "shifts.imported.v1").ShouldBe((RosterData.Instance.Shifts.Count + 1999) / 2000);
        events.ShouldAllBe(e => e.Metadata.Actor == "workforce:tests");
    }

    [Fact]
    public async Task A_json_import_of_the_same_rows_gives_the_same_roster_as_the_csv()
    {
        await RosterData.ImportAsync(Http, "from-csv");
        (await Http.PutAsync("/rosters/from-json/volunteers", RosterData.AsJson(RosterData.Volunteers), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shifts = await Http.PutAsync("/rosters/from-json/shifts", RosterData.AsJson(RosterData.Shifts), TestContext.Current.CancellationToken);

        (await shifts.Content.ReadFromJsonAsync<RosterImportReport>(RosterData.Json, TestContext.Current.CancellationToken))!.Rows.ShouldBe(RosterData.Instance.Shifts.Count);
        (await RosterData.RosterAsync(Http, "from-json")).ShouldBe((await RosterData.RosterAsync(Http, "from-csv")) with { Id = "from-json" });
    }

    [Theory]
    [InlineData("volunteers", "functions", "juggling", "line 5.functions", "'juggling' is not a known volunteer function")]
    [InlineData("volunteers", "latitude", "91.5", "line 4.latitude", "is not a latitude")]
    [InlineData("volunteers", "availability", "2024-07-26 08:00-12:00|2024-07-26 14:00-18:00", "line 3.availability", "overlap")]
    [InlineData("volunteers", "max_hours", "many", "line 6.max_hours", "not a whole number")]
    [InlineData("shifts", "end", "05:00", "line 7.end", "ends (05:00) before it starts")]
    [InlineData("shifts", "venue", "XYZ", "line 2.venue", "'XYZ' is not a venue")]
    public async Task A_csv_with_a_bad_field_is_refused_naming_the_line_and_field_and_nothing_is_stored(
        string kind, string column, string value, string field, string reason)
    {
        await RosterData.ImportAsync(Http, "bad");
        var before = await _silo.Service<IEventStore>().GetStreamVersionAsync("rosterinput-bad", TestContext.Current.CancellationToken);
        var lines = (kind == "volunteers" ? RosterData.VolunteersCsv() : RosterData.ShiftsCsv()).Split('\n');
        var index = Array.IndexOf(lines[0].Split(','), column);
        var row = int.Parse(field[5..field.IndexOf('.', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) - 1;
        var fields = lines[row].Split(',');
        fields[index] = value;
        lines[row] = string.Join(',', fields);

        var response = await Http.PutAsync($"/rosters/bad/{kind}", RosterData.Csv(string.Join('\n', lines)), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(response, 400, field, reason);
        (await _silo.Service<IEventStore>().GetStreamVersionAsync("rosterinput-bad", TestContext.Current.CancellationToken)).ShouldBe(before);
        (await RosterData.RosterAsync(Http, "bad")).Volunteers.ShouldBe(RosterData.Instance.Volunteers.Count);
    }

    [Fact]
    public async Task A_csv_without_a_column_is_refused_naming_the_column()
    {
        var csv = RosterData.ShiftsCsv().Replace("id,venue,function,date,start,end,demand,languages,team", "id,venue,date,start,end,demand,languages,team,x", StringComparison.Ordinal);

        await ShouldBeProblemAsync(await Http.PutAsync("/rosters/nocolumn/shifts", RosterData.Csv(csv), TestContext.Current.CancellationToken), 400, "line 1", "no column 'function'");
        (await _silo.Service<IEventStore>().GetStreamVersionAsync("rosterinput-nocolumn", TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task A_json_row_with_an_unknown_function_or_a_missing_property_is_refused_by_its_index()
    {
        var volunteers = RosterData.Volunteers;
        volunteers[7] = volunteers[7] with { Functions = ["knitting"] };
        var unknown = await Http.PutAsync("/rosters/json-bad/volunteers", RosterData.AsJson(volunteers), TestContext.Current.CancellationToken);
        var missing = await Http.PutAsync("/rosters/json-bad/shifts", new StringContent("""[{"id":"S1","venue":"STA","function":"medical","date":"2024-07-27","start":"08:00","end":"12:00","languages":[],"team":"T1"}]""",
            System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(unknown, 400, "[7].functions", "'knitting' is not a known volunteer function");
        await ShouldBeProblemAsync(missing, 400, "[0]", "demand");
        (await _silo.Service<IEventStore>().GetStreamVersionAsync("rosterinput-json-bad", TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task An_import_over_its_own_body_limit_is_refused_with_413_and_a_json_import_is_not_held_to_the_json_write_limit()
    {
        var big = RosterData.VolunteersCsv();
        var huge = string.Concat(Enumerable.Repeat(big, 1 + (2_000_000 / big.Length)));

        await ShouldBeProblemAsync(await Http.PutAsync("/rosters/big/volunteers", RosterData.Csv(huge), TestContext.Current.CancellationToken), 413, null, "Limits:RosterImportBytes");
        var json = RosterData.AsJson(RosterData.Volunteers);
        await json.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        json.Headers.ContentLength!.Value.ShouldBeGreaterThan(100_000);
        (await Http.PutAsync("/rosters/big/volunteers", json, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_import_in_another_media_type_is_refused_with_415()
    {
        var response = await Http.PutAsync("/rosters/xml/volunteers", new StringContent("<volunteers/>", System.Text.Encoding.UTF8, "application/xml"), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(response, 415, null, "text/csv");
    }

    private async Task<List<StoredEvent>> StoredAsync(string stream) =>
        await _silo.Service<IEventStore>().ReadStreamAsync(stream, null, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    internal static async Task ShouldBeProblemAsync(HttpResponseMessage response, int status, string? field, string reason)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain(reason, Case.Insensitive);
        if (field is not null)
        {
            problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
        }
    }
}
