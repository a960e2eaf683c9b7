using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>Turns an ODF document's state into the view callers read (the grain and the replay tool's state-at).</summary>
public static class OdfDocumentViews
{
    /// <summary>The document <paramref name="documentKey"/> at stream version <paramref name="version"/>; null before its first message.</summary>
    public static OdfDocumentView? From(string documentKey, OdfDocument state, long version)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Header is { } header
            ? new OdfDocumentView(documentKey, header, state.Withdrawn, state.Xml, state.ReceivedAt, version) { Notes = state.Notes }
            : null;
    }
}
