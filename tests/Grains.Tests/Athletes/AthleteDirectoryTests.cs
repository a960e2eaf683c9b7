using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Tests.Sessions;

namespace Olympics.Orleans.Grains.Tests.Athletes;

/// <summary>The athlete read model on an in-memory store, fed by real grains.</summary>
public sealed class AthleteDirectoryTests : IAsyncLifetime
{
    private const string Men100 = AthleteFixtures.Men100;
    private GamesHarness _games = null!;

    private AthleteDirectory Directory => _games.Get<AthleteDirectory>();

    public async ValueTask InitializeAsync()
    {
        _games = await GamesHarness.StartAsync();
        await Register("1", "JAM", "Thompson", "10000001", Men100);
        await Register("2", "USA", "Lyles", "10000002", Men100);
        await Register("3", "USA", "Kerley", "10000003", null);
        await Register("4", "USA", "Bednarek", "10000004", Men100);
        await _games.GetAthlete("4").MarkQualifiedAsync(new MarkQualified(Men100, AthleteFixtures.FinalPhase, GamesHarness.At));
        await _games.CaughtUpAsync();
    }

    public async ValueTask DisposeAsync() => await _games.DisposeAsync();

    [Fact]
    public void Athletes_of_a_noc_come_by_family_name_a_page_at_a_time()
    {
        var first = Directory.List("USA", null, 1, 2);
        var second = Directory.List("USA", null, 2, 2);

        first.Items.Select(a => a.FamilyName).ShouldBe(["Bednarek", "Kerley"]);
        second.Items.Select(a => a.FamilyName).ShouldBe(["Lyles"]);
        first.Total.ShouldBe(3);
    }

    [Fact]
    public void Athletes_entered_in_an_event_can_be_listed_with_or_without_a_noc()
    {
        Directory.List(null, Men100, 1, 10).Items.Select(a => a.Id).ShouldBe(["4", "2", "1"]);
        Directory.List("USA", Men100, 1, 10).Total.ShouldBe(2);
    }

    [Fact]
    public void An_athlete_leads_to_their_accreditation_number_and_current_standing()
    {
        Directory.FindAccreditationNumber("3").ShouldBe("10000003");
        Directory.FindAccreditationNumber("99").ShouldBeNull();
        Directory.Find("4")!.Entries.ShouldHaveSingleItem().Status.ShouldBe(EntryStatus.Qualified);
        Directory.Find("4")!.Version.ShouldBe(3);
    }

    private async Task Register(string id, string noc, string family, string accreditation, string? @event)
    {
        var athlete = _games.GetAthlete(id);
        await athlete.RegisterAthleteAsync(new RegisterAthlete(noc, "Given", family, AthleteGender.Male, new DateOnly(2000, 1, 1), "ATH", accreditation, GamesHarness.At));
        if (@event is not null)
        {
            await athlete.EnterEventAsync(new EnterEvent(@event, GamesHarness.At));
        }
    }
}

internal static class GamesHarnessAthletes
{
    public static IAthleteGrain GetAthlete(this GamesHarness games, string id) => games.Grains.GetGrain<IAthleteGrain>(id);
}
