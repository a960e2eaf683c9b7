using System.Net.Http.Json;
using System.Text.Json;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// The operators' tools work against the database of a cluster that is running: a generated Games' accreditations
/// imported by the silo's <c>import</c> command reach every silo's directory and gate, and the replay tool reads the
/// same history the silos write.
/// </summary>
public sealed class ToolsAgainstARunningClusterTests
{
    [Fact]
    public async Task Generate_import_and_the_replay_tool_work_against_a_running_clusters_database()
    {
        await using var cluster = await TestCluster.StartAsync(2);
        using var bound = TestCluster.Bound(TimeSpan.FromMinutes(4));
        var folder = Directory.CreateTempSubdirectory("olympics-cluster-games-").FullName;
        string[] store = ["--Store=postgres", $"--ConnectionStrings:EventStore={TestPostgres.ConnectionString}", $"--EventStore:Schema={cluster.Schema}"];
        try
        {
            var generated = await ToolProcess.RunAsync("Olympics.Orleans.Silo.dll", "generate", "--scale", "0.001", "--seed", "11", "--out", folder);
            generated.ExitCode.ShouldBe(0, generated.Output);
            var csv = Path.Combine(folder, "accreditations.csv");
            var rows = File.ReadLines(csv).Count() - 1;
            rows.ShouldBeGreaterThan(0);

            var imported = await ToolProcess.RunAsync("Olympics.Orleans.Silo.dll", ["import", csv, .. store]);
            imported.ExitCode.ShouldBe(0, imported.Output);

            // Both silos follow the log the import wrote to: each one's directory lists every row.
            foreach (var silo in cluster.Silos)
            {
                await Eventually.Value(
                    async () => (await silo.Http.GetFromJsonAsync<JsonElement>(new Uri("accreditations?pageSize=1", UriKind.Relative), bound.Token)).GetProperty("total").GetInt32(),
                    total => total == rows, $"{silo.Name} lists the {rows} imported accreditations", TimeSpan.FromSeconds(60));
            }

            (await TestCluster.PostResultAsync(cluster[1], document: 1, version: 1)).ShouldBe(System.Net.HttpStatusCode.OK);
            var checkedStore = await ToolProcess.RunAsync("Olympics.Orleans.Replay.dll", "check", "--connection", TestPostgres.ConnectionString, "--schema", cluster.Schema);
            checkedStore.ExitCode.ShouldBe(0, checkedStore.Output);
            checkedStore.Output.ShouldContain("accreditation");
            checkedStore.Output.ShouldContain("odf");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
