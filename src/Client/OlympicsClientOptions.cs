namespace Olympics.Orleans.Client;

/// <summary>Where the silo is, who is calling, and how hard the client tries.</summary>
public sealed record OlympicsClientOptions
{
    /// <summary>The silo's base address, e.g. http://localhost:5080/.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>
    /// Other silos of the same cluster, tried in turn when the current one cannot be reached, times out or answers
    /// 5xx: requests move to the next and stay there while it answers, and a results stream resumes there after its
    /// last token (no gap, no duplicate). Empty by default: one silo, or one load-balanced address.
    /// </summary>
    public IReadOnlyList<Uri> FailoverAddresses { get; init; } = [];

    /// <summary>
    /// The caller's API key, sent as the X-API-KEY header on every request: a feed consumer's for feeds, competition
    /// management's to register venues and schedule sessions. Without one, reads of open routes work and writes get 401.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// Not sent: the silo records the owner of <see cref="ApiKey"/> as the actor of every change, never a name the
    /// caller chooses. Kept so code that sets it still compiles.
    /// </summary>
    public string? Actor { get; init; }

    /// <summary>How long one request may take (for a results stream: until the silo answers). Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times an idempotent request (GET, PUT) is tried again after a transient failure: 5xx, 429, a network
    /// error or a timeout. Default 3; 0 turns retries off.
    /// </summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay; each next one doubles, up to <see cref="MaxRetryDelay"/>. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff between two tries (a 429's Retry-After is honoured even above it). Default 10 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A results stream silent for this long (no message, no heartbeat) is taken as dropped and reopened.
    /// Default 45 s, three of the silo's default heartbeat intervals.
    /// </summary>
    public TimeSpan StreamIdleTimeout { get; init; } = TimeSpan.FromSeconds(45);
}
