namespace Olympics.Orleans.EventStore.Marten;

/// <summary>Settings of <see cref="MartenEventStore"/>.</summary>
public sealed class MartenEventStoreOptions
{
    /// <summary>The PostgreSQL connection string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The schema holding Marten's tables (mt_events, mt_streams, ...).</summary>
    public string Schema { get; init; } = "olympics";

    /// <summary>
    /// Skips the DISCARD ALL that Npgsql sends when a pooled connection is reused. Marten leaves no session state
    /// behind, and the round trip halved append throughput in our measurements (docs/adr/0005).
    /// </summary>
    public bool NoResetOnClose { get; init; } = true;

    /// <summary>
    /// Marten's NOTIFY inside every append's transaction, which wakes high-water agents in every process. Off: it made
    /// PostgreSQL commit appends one at a time (a quarter of the throughput, docs/adr/0005); this process's own commits
    /// wake its agent directly instead, and other processes' commits are found by polling.
    /// </summary>
    public bool ListenNotifyForAppends { get; init; }

    /// <summary>How often the high-water agent polls while it is catching up (Marten's FastPollingTime).</summary>
    public TimeSpan FastPolling { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the high-water agent polls when idle (Marten's SlowPollingTime).</summary>
    public TimeSpan SlowPolling { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs Marten's high-water agent in this process. Followers (ReadAll, subscriptions) only ever read up to the
    /// high-water mark, so at least one process per database must run it.
    /// </summary>
    public bool RunHighWaterAgent { get; init; } = true;

    /// <summary>How long a follower waits for a wake-up before it reads again anyway.</summary>
    public TimeSpan FallbackPollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
