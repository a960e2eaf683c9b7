using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Tests.Sessions;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Tests.Venues;

public sealed class VenueDirectoryTests
{
    [Fact]
    public async Task Venues_are_listed_by_code_with_their_zones()
    {
        await using var games = await GamesHarness.StartAsync();
        await games.Grains.GetGrain<IVenueGrain>("STA").DefineZoneAsync(new DefineZone(1, "Field of play", GamesHarness.At));
        await games.CaughtUpAsync();

        var venues = games.Get<VenueDirectory>().List(1, 10);

        venues.Items.Select(v => v.Code).ShouldBe(["STA", "TAH"]);
        venues.Items[0].Zones.ShouldBe([new VenueZone(1, "Field of play")]);
        venues.Items[0].ShouldBe(await games.Grains.GetGrain<IVenueGrain>("STA").GetVenueAsync());
    }
}
