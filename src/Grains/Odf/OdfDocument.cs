using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>An ODF document's state: the latest message applied (a version or a withdrawal).</summary>
[EventName("odf.document.state.v1")]
public sealed record OdfDocument(OdfHeader? Header, bool Withdrawn, string Xml, DateTimeOffset ReceivedAt)
{
    /// <summary>Before any message.</summary>
    public static OdfDocument None { get; } = new(null, false, "", default);

    /// <summary>The notes of every version received so far, oldest first; empty in older snapshots.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Whether a version of the document was ever stored.</summary>
    public bool Exists => Header is not null;

    /// <summary>The version of the latest message applied; 0 before any.</summary>
    public int Version => Header?.Version ?? 0;

    /// <summary>Applies one event. Pure.</summary>
    public static OdfDocument Evolve(OdfDocument state, IOdfDocumentEvent @event) => @event switch
    {
        OdfDocumentReceived e => new OdfDocument(e.Header, false, e.Xml, e.ReceivedAt) { Notes = OdfNotes.Union(state.Notes, e.Notes) },
        OdfDocumentWithdrawn e => new OdfDocument(e.Header, true, e.Xml, e.ReceivedAt) { Notes = state.Notes },
        _ => throw new InvalidOperationException($"OdfDocument cannot apply {@event?.GetType().Name}."),
    };
}
