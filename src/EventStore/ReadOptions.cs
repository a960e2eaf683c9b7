namespace Olympics.Orleans.EventStore;

/// <summary>The order in which a stream is read.</summary>
public enum ReadDirection
{
    /// <summary>Oldest first.</summary>
    Forward,

    /// <summary>Newest first.</summary>
    Backward,
}

/// <summary>Which events of a stream to read: versions <paramref name="FromVersion"/> to <paramref name="ToVersion"/>
/// (inclusive), committed at or before <paramref name="AsOf"/>, at most <paramref name="MaxCount"/>, in <paramref name="Direction"/>.</summary>
public sealed record ReadStreamOptions(
    ReadDirection Direction = ReadDirection.Forward,
    long FromVersion = 1,
    long ToVersion = long.MaxValue,
    DateTimeOffset? AsOf = null,
    int MaxCount = int.MaxValue);

/// <summary>Events after <paramref name="After"/> (exclusive; null = from the start), optionally of one category
/// (the stream id up to its first '-', e.g. "session"), at most <paramref name="MaxCount"/>.</summary>
public sealed record ReadAllOptions(GlobalPosition? After = null, string? Category = null, int MaxCount = 1000);

/// <summary>Where a catch-up subscription starts (exclusive; null = from the start) and which category it follows.</summary>
public sealed record SubscriptionOptions(GlobalPosition? After = null, string? Category = null, int BatchSize = 500);
