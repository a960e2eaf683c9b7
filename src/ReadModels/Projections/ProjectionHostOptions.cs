namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>How the <see cref="ProjectionHost"/> reads the store, and follows it again after a read failed (section "ReadModels").</summary>
public sealed class ProjectionHostOptions
{
    /// <summary>The wait before the first retry; it doubles at each failure in a row. Default 200 ms.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two retries. Default 1 s: a failed read costs one refused connection, and the silo is ready again within a second of the store.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Events read per page of the store. Default 5,000: a read model far behind (a silo starting over a long history,
    /// the gate following an import of 600,000 accreditations) catches up in fewer, larger reads; a read model that keeps
    /// up reads only what is new, whatever the size.
    /// </summary>
    public int PageSize { get; set; } = 5_000;
}
