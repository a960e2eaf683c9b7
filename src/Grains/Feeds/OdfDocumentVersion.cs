using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>One stored version of an ODF document as <see cref="OdfDocumentIndex"/> keeps it: where it is, not its XML.</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="StreamVersion">The version of the event in the stream "odf-{key}": names this stored message exactly.</param>
/// <param name="Header">The message's header.</param>
/// <param name="Withdrawn">True when the message withdrew the document.</param>
/// <param name="StoredAt">When it was stored (UTC); the embargo counts from here.</param>
public sealed record OdfDocumentVersion(string DocumentKey, long StreamVersion, OdfHeader Header, bool Withdrawn, DateTimeOffset StoredAt)
{
    /// <summary>The document's notes as of this version (those of every version up to it), oldest first.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
