using Olympics.Orleans.Replay.Cli;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>Runs the tool in-process as a user would, with its output and errors captured.</summary>
internal sealed record ReplayRun(int ExitCode, string Output, string Error)
{
    public static async Task<ReplayRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ReplayCli.RunAsync(args, output, error);
        return new ReplayRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The store options pointing at a fresh schema of the test server.</summary>
    public static string[] Store(string schema) => ["--connection", TestPostgres.ConnectionString, "--schema", schema];
}
