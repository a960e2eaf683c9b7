using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// Two activations of one grain in two processes, as Orleans allows for a moment during a membership change: here two
/// silos of two different clusters on one event log, each with its own activation of venue STA, take turns changing it.
/// Every change after the other's finds its activation behind; the expected-version append refuses it, the activation
/// catches up from the log and decides again, so nothing is lost and the stream has one event per change, in order.
/// </summary>
public sealed class DuplicateActivationTests
{
    [Fact]
    public async Task Two_activations_of_one_grain_in_two_processes_lose_no_change_the_loser_catches_up_and_decides_again()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var first = SiloNode.Start("first", TestPostgres.ConnectionString, schema, $"{schema}-a");
        await first.WaitReadyAsync();
        await using var second = SiloNode.Start("second", TestPostgres.ConnectionString, schema, $"{schema}-b");
        await second.WaitReadyAsync();
        var ct = TestContext.Current.CancellationToken;
        using (var register = await first.Http.PutAsJsonAsync(new Uri("venues/STA", UriKind.Relative), new RegisterVenueRequest("Stade de France", "Europe/Paris", 77_000), ct))
        {
            register.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await second.Http.GetFromJsonAsync<VenueView>(new Uri("venues/STA", UriKind.Relative), TestCluster.Json, ct))!.Version.ShouldBe(1, "the second activation loaded the venue");

        VenueView last = null!;
        for (var zone = 1; zone <= 10; zone++)
        {
            var silo = zone % 2 == 1 ? first : second;
            using var response = await silo.Http.PutAsJsonAsync(new Uri($"venues/STA/zones/{zone}", UriKind.Relative), new DefineZoneRequest($"Zone {zone}"), ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"zone {zone} through {silo.Name}: {await response.Content.ReadAsStringAsync(ct)}");
            last = (await response.Content.ReadFromJsonAsync<VenueView>(TestCluster.Json, ct))!;
            last.Zones.Select(z => z.Number).ShouldBe(Enumerable.Range(1, zone), $"{silo.Name}'s activation caught up with the other's changes before deciding");
        }

        last.Version.ShouldBe(11);
        (await StreamVersionsAsync(schema, "venue-STA")).ShouldBe(Enumerable.Range(1, 11).Select(v => (long)v), "one event per change, none lost, none twice");
    }

    private static async Task<List<long>> StreamVersionsAsync(string schema, string stream)
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString);
        await using var command = dataSource.CreateCommand($"select version from {schema}.mt_events where stream_id = @s order by seq_id");
        command.Parameters.AddWithValue("s", stream);
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }
}
