namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>Where a feed starts: after a resume token, at the start of a logical day, at the live edge, or from the beginning.</summary>
/// <param name="AfterToken">Continue after this resume token (exclusive); wins over <paramref name="Day"/> and <paramref name="Live"/>.</param>
/// <param name="Day">Start with the messages of this ODF LogicalDate (and later days).</param>
/// <param name="Live">
/// Start at the live edge: with the first message the subscriber's tier may see after it subscribed (for FEED, a message
/// still under embargo then is included, once its embargo ends).
/// </param>
public sealed record FeedStart(string? AfterToken = null, DateOnly? Day = null, bool Live = false)
{
    /// <summary>Everything from the first message stored.</summary>
    public static FeedStart Beginning { get; } = new();

    /// <summary>The live edge: nothing already visible to the tier, everything after.</summary>
    public static FeedStart Now { get; } = new(Live: true);

    /// <summary>After a resume token (a <c>ResultMessage.Token</c> or SSE id this feed sent).</summary>
    public static FeedStart After(string token) => new(AfterToken: token);

    /// <summary>The messages of an ODF logical day and the days after.</summary>
    public static FeedStart AtDay(DateOnly day) => new(Day: day);
}
