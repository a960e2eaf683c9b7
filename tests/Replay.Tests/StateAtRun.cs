using System.Text.Json.Nodes;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>state-at's JSON answer.</summary>
internal static class StateAtRun
{
    public static async Task<JsonObject> JsonAsync(GamesOnPostgres games, params string[] args)
    {
        var run = await games.RunAsync(["state-at", .. args, "--format", "json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonNode.Parse(run.Output)!.AsObject();
    }

    public static JsonNode View(this JsonObject answer) => answer["view"]!;
}
