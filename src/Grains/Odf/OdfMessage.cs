using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>A parsed ODF message: its header, whether it withdraws the document, and its text as received.</summary>
/// <param name="Header">The header attributes.</param>
/// <param name="IsWithdrawal">True when the root has no Competition element, unless it is a keep-alive (DT_KA).</param>
/// <param name="Xml">The whole message, UTF-8 decoded.</param>
public sealed record OdfMessage(OdfHeader Header, bool IsWithdrawal, string Xml)
{
    /// <summary>The notes the message carries (see <see cref="OdfNotes"/>), oldest first.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The command that hands this message to its document grain.</summary>
    public ReceiveOdfMessage ToCommand(DateTimeOffset receivedAt) => new(Header, IsWithdrawal, Xml, receivedAt, Notes.Count > 0 ? Notes : null);
}
