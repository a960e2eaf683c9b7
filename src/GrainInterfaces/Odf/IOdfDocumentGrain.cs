using Olympics.Orleans.Contracts.Odf;

namespace Olympics.Orleans.GrainInterfaces.Odf;

/// <summary>
/// One ODF document, keyed by <see cref="OdfDocumentKey"/>: keeps its latest version. A higher version replaces the
/// document, the same or a lower one is acknowledged and ignored, a message with no Competition element withdraws it.
/// </summary>
[Alias("olympics.IOdfDocumentGrain")]
public interface IOdfDocumentGrain : IGrainWithStringKey
{
    /// <summary>Receives one message of this document; returns once its outcome is durably stored.</summary>
    [Alias("ReceiveMessage")]
    Task<OdfReceipt> ReceiveMessageAsync(ReceiveOdfMessage command);

    /// <summary>The latest version (or the withdrawal); null when no message of the document was ever stored.</summary>
    [Alias("GetDocument")]
    Task<OdfDocumentView?> GetDocumentAsync();
}
