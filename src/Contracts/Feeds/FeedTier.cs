namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>How early a consumer may see results.</summary>
public enum FeedTier
{
    /// <summary>The commentators' information system: each message as soon as it is stored.</summary>
    Cis,

    /// <summary>Media data feeds, websites and apps: each message only once the embargo after its storage has passed.</summary>
    Feed,
}
