namespace Olympics.Orleans.Replay.Rebuild;

/// <summary>How a rebuild reads and how often it saves: events per page, and a checkpoint every so many events or so much time.</summary>
internal sealed record RebuildSettings(int PageSize = 5_000, long CheckpointEvery = 1_000_000, TimeSpan? CheckpointInterval = null)
{
    /// <summary>The longest stretch of work a crash (not a Ctrl+C, which saves) can lose.</summary>
    public TimeSpan Interval => CheckpointInterval ?? TimeSpan.FromSeconds(30);
}

/// <summary>What one read model's rebuild did.</summary>
internal sealed record RebuildOutcome(string Name, int Version, RebuildResult Result, long Events, long EventsThisRun, Olympics.Orleans.EventStore.GlobalPosition Position, TimeSpan Elapsed)
{
    /// <summary>Events folded per second in this run.</summary>
    public double Rate => Elapsed > TimeSpan.Zero ? EventsThisRun / Elapsed.TotalSeconds : 0;
}

/// <summary>How a read model's rebuild ended.</summary>
internal enum RebuildResult
{
    /// <summary>Caught up and made the active version.</summary>
    Activated,

    /// <summary>Stopped by cancellation after saving a checkpoint; <c>--resume</c> continues it.</summary>
    Interrupted,

    /// <summary>--resume found nothing to continue and an active version of the current shape.</summary>
    UpToDate,
}
