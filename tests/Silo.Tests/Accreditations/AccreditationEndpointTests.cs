using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Silo.Tests.Accreditations;

/// <summary>The accreditation API and the gate on a real silo and PostgreSQL.</summary>
public sealed class AccreditationEndpointTests : IAsyncLifetime
{
    private static readonly ApplyForAccreditationRequest _apply = new("Léon Marchand", AccreditationCategory.Athlete, "AA01", "FRA", "FFN", new(2020, 1, 1), new(2099, 12, 31), "entry list");
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private async Task Issued(string number)
    {
        (await _silo.Http.PutAsJsonAsync($"/accreditations/{number}", _apply, AccreditationHttp.Json)).EnsureSuccessStatusCode();
        (await _silo.Http.Post($"/accreditations/{number}/vetting/cleared", new ReasonRequest("clear"))).EnsureSuccessStatusCode();
        (await _silo.Http.Post($"/accreditations/{number}/approve", new PrivilegesRequest(new(["STA"], [1], "T1", true), "team"))).EnsureSuccessStatusCode();
        (await _silo.Http.Post($"/accreditations/{number}/card", new ReasonRequest("printed"))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Suspending_through_http_flips_the_gate_from_allowed_to_suspended()
    {
        await Issued("00000101");
        (await _silo.Http.GateUntil("accreditation=00000101&venue=STA&zone=1", "Allowed")).ShouldBe("Allowed");

        var suspended = await _silo.Http.Post("/accreditations/00000101/suspend", new ReasonRequest("security incident"));

        suspended.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _silo.Http.GateUntil("accreditation=00000101&venue=STA&zone=1", "Suspended")).ShouldBe("Suspended");
    }

    [Fact]
    public async Task A_reissued_card_replaces_the_old_card_number_at_the_gate()
    {
        await Issued("00000102");
        var view = await (await _silo.Http.Post("/accreditations/00000102/card/reissue", new ReasonRequest("lost"))).Body();

        view.GetProperty("cardNumber").GetString().ShouldBe("00000102-2");
        (await _silo.Http.GateUntil("accreditation=00000102-1&venue=STA", "CardReplaced")).ShouldBe("CardReplaced");
        (await _silo.Http.GateUntil("accreditation=00000102-2&venue=STA", "Allowed")).ShouldBe("Allowed");
    }

    [Fact]
    public async Task Approving_before_vetting_cleared_is_a_409_and_an_unknown_accreditation_a_404()
    {
        await _silo.Http.PutAsJsonAsync("/accreditations/00000103", _apply, AccreditationHttp.Json);

        var refused = await _silo.Http.Post("/accreditations/00000103/approve", new PrivilegesRequest(new(["STA"], [], null, false), "early"));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Body()).GetProperty("detail").GetString()!.ShouldContain("awaiting security vetting");
        (await _silo.Http.GetAsync("/accreditations/00000999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/accreditations/123/suspend", "number")]
    [InlineData("/accreditations/00000104/suspend", "reason")]
    public async Task A_malformed_command_is_a_400_naming_the_field(string path, string field)
    {
        var response = await _silo.Http.Post(path, new ReasonRequest(""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Body()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("accreditation=12&venue=STA", "accreditation")]
    [InlineData("accreditation=00000001&venue=Stade", "venue")]
    [InlineData("accreditation=00000001&venue=STA&zone=x", "zone")]
    [InlineData("accreditation=00000001&venue=STA&at=2024-07-30T10:00:00", "at")]
    [InlineData("accreditation=00000001&venue=STA&at=yesterday", "at")]
    public async Task A_malformed_gate_check_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await _silo.Http.GetAsync($"/gate/check?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Body()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_gate_reads_validity_days_in_the_venue_time_zone_even_with_an_unencoded_plus()
    {
        await Issued("00000105");

        await _silo.Http.PutAsJsonAsync("/venues/STA", new Contracts.Venues.RegisterVenueRequest("Stade de France", "Europe/Paris", 77000));

        // The last valid day ends at midnight in Paris, the venue's zone, whatever offset the scanner sends.
        (await _silo.Http.GateUntil("accreditation=00000105&venue=STA&at=2099-12-31T23:30:00+01:00", "Allowed")).ShouldBe("Allowed");
        (await _silo.Http.GateUntil("accreditation=00000105&venue=STA&at=2100-01-01T00:30:00+01:00", "Expired")).ShouldBe("Expired");
        (await _silo.Http.GateUntil("accreditation=00000105&venue=STA&at=2099-12-31T23:30:00-10:00", "Expired")).ShouldBe("Expired");
        (await _silo.Http.GateUntil("accreditation=00000999&venue=STA", "Unknown")).ShouldBe("Unknown");
    }

    [Fact]
    public async Task The_list_filters_by_category_and_status_and_names_a_bad_filter()
    {
        await Issued("00000106");
        await _silo.Http.PutAsJsonAsync("/accreditations/00000107", _apply with { Category = AccreditationCategory.Media, Function = "E" }, AccreditationHttp.Json);
        await _silo.Http.GateUntil("accreditation=00000107&venue=STA", "NotIssued");

        var page = await (await _silo.Http.GetAsync("/accreditations?category=Athlete&status=CardIssued&pageSize=10")).Body();

        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ShouldBe(["00000106"]);
        (await _silo.Http.GetAsync("/accreditations?status=Lost")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_accreditation_and_gate_endpoints()
    {
        var paths = (await (await _silo.Http.GetAsync("/openapi/v1.json")).Body()).GetProperty("paths");

        paths.TryGetProperty("/gate/check", out _).ShouldBeTrue();
        paths.TryGetProperty("/accreditations/{number}/suspend", out _).ShouldBeTrue();
        paths.TryGetProperty("/accreditations/import", out _).ShouldBeTrue();
    }
}
