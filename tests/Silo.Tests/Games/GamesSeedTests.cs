using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Silo.Games;

namespace Olympics.Orleans.Silo.Tests.Games;

public sealed class GamesSeedTests
{
    [Fact]
    public async Task A_silo_started_with_a_games_scale_loads_it_and_the_suggested_gate_check_is_allowed()
    {
        await using var silo = await RunningSilo.StartAsync(null, "--Games:Scale=0.01", "--Games:Seed=2024");

        await silo.App.SeedGamesAsync();
        await silo.App.SeedGamesAsync();

        var dataset = GamesGenerator.Generate(new GamesSpec(2024, 0.01));
        var url = GamesSeeding.TryIt(dataset, "")[6..^1];
        var decision = await Eventually(() => silo.Http.GetFromJsonAsync<JsonElement>(url), d => d.GetProperty("allowed").GetBoolean());
        decision.GetProperty("reason").GetString().ShouldBe("Allowed");
        var sessions = await silo.Http.GetFromJsonAsync<JsonElement>($"/sessions?pageSize=100");
        sessions.GetProperty("total").GetInt32().ShouldBe(dataset.Sessions.Count, "loading twice must not duplicate anything");
        // The list comes from a read model that may still be folding the import: read it until it has caught up.
        var accreditations = await Eventually(() => silo.Http.GetFromJsonAsync<JsonElement>("/accreditations?pageSize=1"),
            a => a.GetProperty("total").GetInt32() >= dataset.Accreditations.Count);
        accreditations.GetProperty("total").GetInt32().ShouldBe(dataset.Accreditations.Count);
    }

    private static async Task<JsonElement> Eventually(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        var last = await read();
        for (var i = 0; i < 200 && !done(last); i++)
        {
            await Task.Delay(50);
            last = await read();
        }

        return last;
    }
}
