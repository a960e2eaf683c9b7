namespace Olympics.Orleans.Contracts.Odf;

/// <summary>An ODF document as stored: the latest message applied (a full version, or the withdrawal).</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="Header">The header of the latest message applied.</param>
/// <param name="Withdrawn">True when the latest message applied withdrew the document.</param>
/// <param name="Xml">That message's text as received.</param>
/// <param name="ReceivedAt">When it was received (UTC).</param>
/// <param name="StreamVersion">The document stream's version: how many messages were applied.</param>
public sealed record OdfDocumentView(string DocumentKey, OdfHeader Header, bool Withdrawn, string Xml, DateTimeOffset ReceivedAt, long StreamVersion);
