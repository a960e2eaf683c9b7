using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>Everything that can happen to an ODF document.</summary>
public interface IOdfDocumentEvent;

/// <summary>A higher version of the document was received; it replaces the previous one completely.</summary>
[EventName("odf.document-received.v1")]
public sealed record OdfDocumentReceived(OdfHeader Header, string Xml, DateTimeOffset ReceivedAt) : IOdfDocumentEvent;

/// <summary>A message with no Competition element withdrew (invalidated) the document.</summary>
[EventName("odf.document-withdrawn.v1")]
public sealed record OdfDocumentWithdrawn(OdfHeader Header, string Xml, DateTimeOffset ReceivedAt) : IOdfDocumentEvent;
