using System.Globalization;

namespace Olympics.Orleans.Benchmarks;

/// <summary>The harness's command line.</summary>
internal sealed record BenchOptions(string Scenario, int Seconds, int Writers, int Events, string Schema, bool Dashboard = false)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new BenchOptions(
            args.Length > 0 ? args[0] : "",
            Number("--seconds", 20),
            Number("--writers", 16),
            Number("--events", 600_000),
            Value("--schema", "bench_" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture)),
            args.Contains("--dashboard"));
    }

    public static int Usage(string problem)
    {
        Console.Error.WriteLine($"bench: {problem}");
        Console.Error.WriteLine("usage: Benchmarks grain-append|bulk-append|grain-calls|activation|import|import-copy|schema|... [--seconds N] [--writers N] [--events N] [--schema S] [--dashboard]");
        return 2;
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable("OLYMPICS_TEST_PG") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("OLYMPICS_TEST_PG is not set: run bench/run.sh, which starts a PostgreSQL server.");
}
