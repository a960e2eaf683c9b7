namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>Where a feed starts: after a resume token, at the start of a logical day, or from the beginning.</summary>
/// <param name="AfterToken">Continue after this resume token (exclusive); wins over <paramref name="Day"/>.</param>
/// <param name="Day">Start with the messages of this ODF LogicalDate (and later days).</param>
public sealed record FeedStart(string? AfterToken = null, DateOnly? Day = null)
{
    /// <summary>Everything from the first message stored.</summary>
    public static FeedStart Beginning { get; } = new();
}
