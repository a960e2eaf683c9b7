using Olympics.Orleans.Contracts.Odf;

namespace Olympics.Orleans.GrainInterfaces.Odf;

/// <summary>Receive one ODF message: its header, whether it withdraws the document, and its XML as received.</summary>
/// <param name="Header">The message header.</param>
/// <param name="IsWithdrawal">True when the message has no Competition element; never for a keep-alive (DT_KA), which has none.</param>
/// <param name="Xml">The message text as received (UTF-8 decoded).</param>
/// <param name="At">When the message was received (UTC).</param>
/// <param name="Notes">The notes the message carries (Note elements in its Competition), oldest first; null when none.</param>
[GenerateSerializer, Immutable, Alias("olympics.ReceiveOdfMessage")]
public sealed record ReceiveOdfMessage(OdfHeader Header, bool IsWithdrawal, string Xml, DateTimeOffset At, IReadOnlyList<string>? Notes = null);
