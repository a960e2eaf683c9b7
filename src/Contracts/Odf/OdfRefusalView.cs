namespace Olympics.Orleans.Contracts.Odf;

/// <summary>
/// A stored ODF message the grains refused to apply (a malformed body, a unit no session holds, a venue or discipline
/// nobody knows): the message stays stored and distributed, the refusal is recorded for the operators.
/// </summary>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="Version">The refused version.</param>
/// <param name="DocumentType">Its document type, e.g. DT_RESULT.</param>
/// <param name="Reason">Why, naming the element, attribute or grain that refused.</param>
/// <param name="ReceivedAt">When the message was received (UTC).</param>
/// <param name="RecordedAt">When the refusal was recorded (UTC).</param>
public sealed record OdfRefusalView(string DocumentKey, int Version, string DocumentType, string Reason, DateTimeOffset ReceivedAt, DateTimeOffset RecordedAt);
