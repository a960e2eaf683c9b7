using System.Globalization;
using System.Threading.RateLimiting;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>Per-consumer limits: open SSE connections, and snapshot requests per second.</summary>
internal sealed class FeedLimits(FeedOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _connections = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetConcurrencyLimiter(name, _ => new ConcurrencyLimiterOptions { PermitLimit = options.MaxConnectionsPerKey, QueueLimit = 0 }));

    private readonly PartitionedRateLimiter<string> _requests = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.SnapshotRequestsPerSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>A lease held while the connection is open; not acquired when the consumer has too many.</summary>
    public RateLimitLease OpenConnection(string consumer) => _connections.AttemptAcquire(consumer);

    public RateLimitLease Request(string consumer) => _requests.AttemptAcquire(consumer);

    public static IResult TooMany(RateLimitLease lease, string what, TimeSpan fallback)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : fallback;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new TooManyResult(seconds, TypedResults.Problem(statusCode: 429, title: "Too many requests", detail: what));
    }

    public void Dispose()
    {
        _connections.Dispose();
        _requests.Dispose();
    }

    private sealed class TooManyResult(string retryAfter, IResult problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfter;
            return problem.ExecuteAsync(httpContext);
        }
    }
}
