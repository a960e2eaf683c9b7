using System.Globalization;

namespace Olympics.Orleans.LatencyBench;

/// <summary>What one run measures; every value has a default so <c>--rates 400</c> alone is a run.</summary>
internal sealed record LatencyOptions
{
    /// <summary>The silos: subscribers are spread over them in turn, and so are the ingest POSTs.</summary>
    public IReadOnlyList<Uri> Silos { get; init; } = [new("http://127.0.0.1:5090")];
    public IReadOnlyList<int> Rates { get; init; } = [100, 400, 1000];
    public int Sessions { get; init; } = 40;
    public int CisSubscribers { get; init; } = 2000;
    public int FeedSubscribers { get; init; } = 200;
    public int Seconds { get; init; } = 60;
    public int WarmupSeconds { get; init; } = 60;
    public string SourceKey { get; init; } = "bench-source-key-0001";
    public string CisKey { get; init; } = "bench-cis-key-000001";
    public string FeedKey { get; init; } = "bench-feed-key-00001";
    public string AdminKey { get; init; } = "bench-admin-key-0001";
    public string ManagementKey { get; init; } = "bench-management-key-01";
    public double FeedDelaySeconds { get; init; } = 2.0;
    public IReadOnlyList<int> SiloPids { get; init; } = [];

    /// <summary>With a directory of silo-&lt;i&gt;.pid files (bench/latency.sh ROLLING=1): restart every silo in turn in each rate's measured run.</summary>
    public string? RollingDirectory { get; init; }

    public static LatencyOptions Parse(string[] args)
    {
        var options = new LatencyOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--silo" => options with { Silos = [.. value.Split(',').Select(u => new Uri(u))] },
                "--rates" => options with { Rates = [.. value.Split(',').Select(Int)] },
                "--sessions" => options with { Sessions = Int(value) },
                "--cis" => options with { CisSubscribers = Int(value) },
                "--feed" => options with { FeedSubscribers = Int(value) },
                "--seconds" => options with { Seconds = Int(value) },
                "--warmup" => options with { WarmupSeconds = Int(value) },
                "--feed-delay" => options with { FeedDelaySeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--silo-pid" => options with { SiloPids = [.. value.Split(',').Select(Int)] },
                "--rolling" => options with { RollingDirectory = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --silo, --rates, --sessions, --cis, --feed, --seconds, --warmup, --feed-delay, --silo-pid, --rolling."),
            };
        }

        if (options.Silos.FirstOrDefault(u => !u.IsLoopback) is { } remote)
        {
            throw new ArgumentException($"The benchmark targets loopback only, not '{remote}'.");
        }

        return options;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
