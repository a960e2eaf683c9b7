using Olympics.Orleans.Contracts.Odf;

namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>One ODF message as the feed delivers it.</summary>
/// <param name="Token">The resume token: the message's global position; resuming after it continues with the next message.</param>
/// <param name="DocumentKey">The document the message is a version of.</param>
/// <param name="Header">The message header.</param>
/// <param name="Xml">The message text as received.</param>
/// <param name="Withdrawn">True when the message withdraws the document.</param>
/// <param name="StoredAt">When the message was stored (UTC); the embargo counts from here.</param>
public sealed record FeedMessage(string Token, string DocumentKey, OdfHeader Header, string Xml, bool Withdrawn, DateTimeOffset StoredAt);
