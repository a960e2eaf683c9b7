namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>A consumer of the results feed: its name, tier and which disciplines it follows.</summary>
/// <param name="Name">The consumer's name, as configured.</param>
/// <param name="Tier">How early it may see results.</param>
/// <param name="Disciplines">3-letter discipline codes it follows (the first three characters of a DocumentCode); empty for all.</param>
public sealed record FeedConsumer(string Name, FeedTier Tier, IReadOnlySet<string> Disciplines)
{
    /// <summary>Whether the consumer follows documents with this DocumentCode.</summary>
    public bool Follows(string documentCode) =>
        Disciplines.Count == 0 || (documentCode.Length >= 3 && Disciplines.Contains(documentCode[..3]));
}
