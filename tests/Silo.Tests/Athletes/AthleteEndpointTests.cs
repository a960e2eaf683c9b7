using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Athletes;

/// <summary>Athletes through HTTP on a real silo and PostgreSQL.</summary>
public sealed class AthleteEndpointTests : IAsyncLifetime
{
    private const string Men100 = "ATHM100M--------------------------";
    private const string FinalPhase = "ATHM100M--------------FNL---------";
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    // The admin key sees athletes live; without a live key a standing shows only after Feeds:FeedDelay (AthleteTierTests).
    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync(null, $"--Admin:ApiKey={FeedSilo.AdminKey}");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Athletes_list_by_noc_a_page_at_a_time_in_family_name_order()
    {
        await Register("11", "FRA", "Zeze");
        await Register("12", "FRA", "Amdouni");
        await Register("13", "FRA", "Lavillenie");
        await Register("21", "BEL", "Dylan");

        var first = await Http.Until<ResultPage<AthleteView>>("/athletes?noc=FRA&page=1&pageSize=2", p => p.Total == 3);
        var second = await Http.GetFromJsonAsync<ResultPage<AthleteView>>("/athletes?noc=FRA&page=2&pageSize=2", SiloHttp.Json);

        first.Items.Select(a => a.FamilyName).ShouldBe(["Amdouni", "Lavillenie"]);
        second!.Items.ShouldHaveSingleItem().FamilyName.ShouldBe("Zeze");
        second.Total.ShouldBe(3);
    }

    [Fact]
    public async Task Entries_and_qualification_show_on_the_athlete_and_in_the_event_list()
    {
        await Register("11", "FRA", "Zeze");
        await Register("12", "FRA", "Amdouni");
        (await Http.PostAsJsonAsync("/athletes/11/entries", new EnterEventRequest(Men100))).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync("/athletes/11/qualified", new MarkQualifiedRequest(Men100, FinalPhase))).EnsureSuccessStatusCode();
        using var again = await Http.SendAsync(HttpMethod.Post, "/athletes/11/qualified", WriterKeys.Management, new MarkQualifiedRequest(Men100, FinalPhase));

        var entered = await Http.Until<ResultPage<AthleteView>>($"/athletes?event={Men100}", p => p.Total == 1);
        var athlete = (await again.Content.ReadFromJsonAsync<AthleteView>(SiloHttp.Json))!;
        athlete.Entries.ShouldHaveSingleItem().Status.ShouldBe(EntryStatus.Qualified);
        athlete.Version.ShouldBe(3);
        entered.Items.ShouldHaveSingleItem().Id.ShouldBe("11");
    }

    [Fact]
    public async Task Unknown_athletes_are_404_malformed_ones_400_and_conflicting_ones_409()
    {
        await Register("11", "FRA", "Zeze");

        (await Http.GetAsync("/athletes/99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Http.PostAsJsonAsync("/athletes/99/entries", new EnterEventRequest(Men100))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var malformed = await Http.PutAsJsonAsync("/athletes/12", Request("FRA", "Amdouni") with { AccreditationNumber = "12AB" }, SiloHttp.Json);
        var conflicting = await Http.PutAsJsonAsync("/athletes/11", Request("BEL", "Zeze"), SiloHttp.Json);
        var badEvent = await Http.PostAsJsonAsync("/athletes/11/entries", new EnterEventRequest("ATHM100M"));

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.Problem()).GetProperty("errors").TryGetProperty("accreditationNumber", out _).ShouldBeTrue();
        conflicting.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await badEvent.Problem()).GetProperty("errors").GetProperty("event")[0].GetString()!.ShouldContain("34 characters");
    }

    private static RegisterAthleteRequest Request(string noc, string family) =>
        new(noc, "Given", family, AthleteGender.Male, new DateOnly(1998, 3, 2), "ATH", "20240001");

    private async Task Register(string id, string noc, string family) =>
        (await Http.PutAsJsonAsync($"/athletes/{id}", Request(noc, family) with { AccreditationNumber = $"202400{id}" }, SiloHttp.Json)).EnsureSuccessStatusCode();
}
