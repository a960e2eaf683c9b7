using System.Net;

namespace Olympics.Orleans.Client;

/// <summary>How long to wait before the next try: exponential with jitter, capped; a 429 or 503's Retry-After wins.</summary>
internal static class Backoff
{
    public static TimeSpan Of(OlympicsClientOptions options, int attempt, HttpResponseMessage? response)
    {
        var exponential = options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
        return RetryAfter(response) is { } after && after > delay ? after : delay;
    }

    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => null,
    };
}
