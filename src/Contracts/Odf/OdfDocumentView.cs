namespace Olympics.Orleans.Contracts.Odf;

/// <summary>An ODF document as stored: the latest message applied (a full version, or the withdrawal).</summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="Header">The header of the latest message applied.</param>
/// <param name="Withdrawn">True when the latest message applied withdrew the document.</param>
/// <param name="Xml">That message's text as received.</param>
/// <param name="ReceivedAt">When it was received (UTC).</param>
/// <param name="StreamVersion">The document stream's version: how many messages were applied.</param>
public sealed record OdfDocumentView(string DocumentKey, OdfHeader Header, bool Withdrawn, string Xml, DateTimeOffset ReceivedAt, long StreamVersion)
{
    /// <summary>The notes of every version received so far, oldest first.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many times applying a version of the document to the grains was refused.</summary>
    public int RefusalCount { get; init; }

    /// <summary>The latest of those refusals, oldest first (the admin view lists them; a few are kept per document).</summary>
    public IReadOnlyList<OdfRefusalView> Refusals { get; init; } = [];

    /// <summary>Views are equal when every field, every note and every refusal is.</summary>
    public bool Equals(OdfDocumentView? other) =>
        other is not null && DocumentKey == other.DocumentKey && Header == other.Header && Withdrawn == other.Withdrawn && Xml == other.Xml
        && ReceivedAt == other.ReceivedAt && StreamVersion == other.StreamVersion && Notes.SequenceEqual(other.Notes)
        && RefusalCount == other.RefusalCount && Refusals.SequenceEqual(other.Refusals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DocumentKey, Header, Withdrawn, ReceivedAt, StreamVersion, Notes.Count, RefusalCount);
}
