using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>Everything that can happen to an ODF document.</summary>
public interface IOdfDocumentEvent;

/// <summary>
/// A higher version of the document was received; it replaces the previous one completely. <paramref name="Notes"/> are
/// the document's notes so far: those of this version after those of the versions before it (notes accumulate, even
/// over versions that were lost); null when there are none, and in events stored before notes were kept.
/// </summary>
[EventName("odf.document-received.v1")]
public sealed record OdfDocumentReceived(OdfHeader Header, string Xml, DateTimeOffset ReceivedAt, IReadOnlyList<string>? Notes = null) : IOdfDocumentEvent;

/// <summary>A message with no Competition element withdrew (invalidated) the document.</summary>
[EventName("odf.document-withdrawn.v1")]
public sealed record OdfDocumentWithdrawn(OdfHeader Header, string Xml, DateTimeOffset ReceivedAt) : IOdfDocumentEvent;
