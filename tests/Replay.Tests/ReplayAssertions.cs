using System.Text.Json.Nodes;

namespace Olympics.Orleans.Replay.Tests;

internal static class ReplayAssertions
{
    /// <summary>The run failed with <paramref name="exitCode"/> and said <paramref name="message"/> on standard error.</summary>
    public static void ShouldFail(this ReplayRun run, int exitCode, string message)
    {
        run.ExitCode.ShouldBe(exitCode, run.Error + run.Output);
        run.Error.ShouldContain(message, Case.Sensitive, run.Error);
    }
}

/// <summary>Compares JSON trees by value (Shouldly's ShouldBe with a comparer).</summary>
internal sealed class JsonNodeComparer : IEqualityComparer<JsonNode>
{
    public bool Equals(JsonNode? x, JsonNode? y) => JsonNode.DeepEquals(x, y);

    public int GetHashCode(JsonNode obj) => 0;
}
