namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>The JSON body of a feed message (an SSE event's data, a snapshot's body).</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="Version">The message's ODF Version.</param>
/// <param name="DocumentType">The ODF DocumentType, e.g. DT_RESULT.</param>
/// <param name="ResultStatus">The ODF ResultStatus, when the message has one.</param>
/// <param name="Withdrawn">True when the message withdraws the document.</param>
/// <param name="StoredAt">When the message was stored (UTC).</param>
/// <param name="Xml">The message text as received.</param>
public sealed record FeedMessageView(
    string DocumentKey, int Version, string DocumentType, string? ResultStatus, bool Withdrawn, DateTimeOffset StoredAt, string Xml)
{
    /// <summary>The view of a feed message.</summary>
    public static FeedMessageView Of(FeedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.DocumentKey, message.Header.Version, message.Header.DocumentType, message.Header.ResultStatus,
            message.Withdrawn, message.StoredAt, message.Xml);
    }
}
