namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>A consumer of the results feed: its name, tier and which disciplines (and, optionally, sessions) it follows.</summary>
/// <param name="Name">The consumer's name, as configured.</param>
/// <param name="Tier">How early it may see results.</param>
/// <param name="Disciplines">3-letter discipline codes it follows (the first three characters of a DocumentCode); empty for all.</param>
public sealed record FeedConsumer(string Name, FeedTier Tier, IReadOnlySet<string> Disciplines)
{
    private static readonly IReadOnlySet<string> _all = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Session codes (e.g. ATH01) it is limited to; empty for all. A consumer limited to sessions follows only documents
    /// that belong to one of them, and no document that belongs to no session (medal tables, event-level documents).
    /// </summary>
    public IReadOnlySet<string> Sessions { get; init; } = _all;

    /// <summary>
    /// Whether the consumer follows documents with this DocumentCode when their sessions are not known (snapshots):
    /// by its disciplines; a consumer limited to sessions follows none of them. Never more than the feed would send.
    /// </summary>
    public bool Follows(string documentCode) => Follows(documentCode, []);

    /// <summary>Whether the consumer follows a document with this DocumentCode that belongs to <paramref name="sessions"/>.</summary>
    /// <param name="documentCode">The document's DocumentCode; its first three characters are the discipline.</param>
    /// <param name="sessions">The session codes the document belongs to; empty when it belongs to none.</param>
    public bool Follows(string documentCode, IReadOnlyList<string> sessions)
    {
        ArgumentNullException.ThrowIfNull(documentCode);
        ArgumentNullException.ThrowIfNull(sessions);
        if (Disciplines.Count > 0 && (documentCode.Length < 3 || !Disciplines.Contains(documentCode[..3])))
        {
            return false;
        }

        if (Sessions.Count == 0)
        {
            return true;
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            if (Sessions.Contains(sessions[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of <paramref name="stream"/> lies within the consumer's filter (what it reads is the intersection).</summary>
    public bool MayRead(FeedStreamId stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.Namespace switch
        {
            FeedStreamId.SessionNamespace => FollowsDiscipline(stream.Key[..3]) && (Sessions.Count == 0 || Sessions.Contains(stream.Key)),
            FeedStreamId.DisciplineNamespace => FollowsDiscipline(stream.Key)
                && (Sessions.Count == 0 || Sessions.Any(s => s.StartsWith(stream.Key, StringComparison.Ordinal))),
            _ => true,
        };
    }

    private bool FollowsDiscipline(string discipline) => Disciplines.Count == 0 || Disciplines.Contains(discipline);
}
