namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>Why a message is in the plan.</summary>
public enum PlannedKind
{
    /// <summary>A new version of its document.</summary>
    Original,

    /// <summary>A re-send of a version already sent, byte for byte: the receiver answers Duplicate.</summary>
    Duplicate,

    /// <summary>A change after OFFICIAL: a higher version carrying a note.</summary>
    Correction,
}

/// <summary>One message of a plan: when to send it (from the plan's start), its identity and its bytes.</summary>
/// <param name="At">Offset from the start of the plan.</param>
/// <param name="DocumentKey">The document it is a version of (see OdfDocumentKey).</param>
/// <param name="DocumentType">DT_RESULT, DT_CURRENT, DT_SCHEDULE_UPDATE, DT_PHASE_RESULT, DT_MEDALLISTS, DT_MEDALS or DT_KA.</param>
/// <param name="Version">Its version.</param>
/// <param name="ResultStatus">Its result status, if any.</param>
/// <param name="Source">The producing system, whose key must be sent with it.</param>
/// <param name="Kind">Original, duplicate or correction.</param>
/// <param name="Body">The UTF-8 XML.</param>
public sealed record PlannedMessage(
    TimeSpan At, string DocumentKey, string DocumentType, int Version, string? ResultStatus, string Source, PlannedKind Kind,
    ReadOnlyMemory<byte> Body);

/// <summary>A simulated day: its messages in time order (documents' versions in order).</summary>
/// <param name="Sessions">The sessions played.</param>
/// <param name="Messages">The messages, ordered by <see cref="PlannedMessage.At"/>.</param>
public sealed record SimulationPlan(IReadOnlyList<string> Sessions, IReadOnlyList<PlannedMessage> Messages)
{
    /// <summary>The sources the messages come from.</summary>
    public IReadOnlyList<string> Sources => Messages.Select(m => m.Source).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>When the last message is due.</summary>
    public TimeSpan Duration => Messages.Count == 0 ? TimeSpan.Zero : Messages[^1].At;
}
