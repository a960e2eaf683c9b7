using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>The <c>Feeds</c> settings apart from the consumers.</summary>
internal sealed class FeedOptions
{
    private static readonly TimeSpan _maxRevocationCheck = TimeSpan.FromMilliseconds(500);

    /// <summary>The embargo of tier Feed after a message is stored (Paris: 2 s after CIS).</summary>
    public TimeSpan FeedDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often an idle SSE connection gets a comment line.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an open stream checks that its key is still valid; at most 500 ms.</summary>
    public TimeSpan RevocationCheckInterval { get; set; } = _maxRevocationCheck;

    /// <summary>Open SSE connections per key.</summary>
    public int MaxConnectionsPerKey { get; set; } = 4;

    /// <summary>Snapshot requests per key and second.</summary>
    public int SnapshotRequestsPerSecond { get; set; } = 20;

    public static FeedOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Feeds").Get<FeedOptions>() ?? new FeedOptions();
        Require(options.FeedDelay >= TimeSpan.Zero, "Feeds:FeedDelay must not be negative.");
        Require(options.HeartbeatInterval > TimeSpan.Zero, "Feeds:HeartbeatInterval must be positive.");
        Require(options.RevocationCheckInterval > TimeSpan.Zero && options.RevocationCheckInterval <= _maxRevocationCheck,
            "Feeds:RevocationCheckInterval must be positive and at most 00:00:00.5 (a revoked key stops within 1 s).");
        Require(options.MaxConnectionsPerKey > 0, "Feeds:MaxConnectionsPerKey must be positive.");
        Require(options.SnapshotRequestsPerSecond > 0, "Feeds:SnapshotRequestsPerSecond must be positive.");
        return options;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new SiloStartupException(message);
        }
    }
}
