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
    /// Npgsql's Max Auto Prepare for the store's connections, unless the connection string sets it: the appends and
    /// the followers' reads are a handful of statements sent thousands of times a second, and preparing them took
    /// PostgreSQL's CPU from 70 % to 26 % at 100 results a second (docs/benchmarks.md). 0 turns it off.
    /// </summary>
    public int MaxAutoPrepare { get; init; } = 64;

    /// <summary>
    /// Marten's NOTIFY inside every append's transaction, which wakes high-water agents in every process. Off: it made
    /// PostgreSQL commit appends one at a time (a quarter of the throughput, docs/adr/0005); this process's own commits
    /// wake its readers directly instead, and other processes' commits are found by polling.
    /// </summary>
    public bool ListenNotifyForAppends { get; init; }

    /// <summary>
    /// Categories whose appends this process announces to the others on the database (a coalesced NOTIFY after the
    /// commit), so that their followers read them at once instead of at their next poll: a silo sets the results'
    /// "odf", whose readers in other silos wait for them. Every store listens; empty announces nothing.
    /// </summary>
    public IReadOnlyCollection<string> AnnouncedCategories { get; init; } = [];

    /// <summary>
    /// How often the high-water agent polls while it is catching up (Marten's FastPollingTime). Readers do not wait
    /// for it (see <see cref="RunHighWaterAgent"/>): it bounds how long a dead gap holds them.
    /// </summary>
    public TimeSpan FastPolling { get; init; } = DefaultFastPolling;

    /// <summary>The default of <see cref="FastPolling"/>.</summary>
    public static TimeSpan DefaultFastPolling { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the high-water agent polls when idle (Marten's SlowPollingTime).</summary>
    public TimeSpan SlowPolling { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs Marten's high-water agent in this process. Followers (ReadAll, subscriptions) read the committed run of
    /// sequences above the high-water mark, but only the agent moves the mark past a gap that will never fill (a
    /// rolled-back append), so at least one process per database must run it.
    /// </summary>
    public bool RunHighWaterAgent { get; init; } = true;

    /// <summary>How long a follower waits for a wake-up before it reads again anyway.</summary>
    public TimeSpan FallbackPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Appends committed together at most, in one transaction, when several wait at once (group commit); 1 commits each
    /// append alone. Under load it spares PostgreSQL a commit, and both sides a round trip, per append; alone, an
    /// append is committed at once. Default 32.
    /// </summary>
    public int MaxAppendsPerCommit { get; init; } = DefaultMaxAppendsPerCommit;

    /// <summary>The default of <see cref="MaxAppendsPerCommit"/>.</summary>
    public const int DefaultMaxAppendsPerCommit = 32;

    /// <summary>
    /// Transactions of appends in flight at once with group commit (each on a connection of its own). Default 4:
    /// measured against 2 and 8 with 16 writers (docs/benchmarks.md).
    /// </summary>
    public int AppendWriters { get; init; } = DefaultAppendWriters;

    /// <summary>The default of <see cref="AppendWriters"/>.</summary>
    public const int DefaultAppendWriters = 4;
}
