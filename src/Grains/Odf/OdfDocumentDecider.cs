using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>What a received message means for the document: the outcome and the events (none when it is ignored).</summary>
/// <param name="Outcome">What became of the message.</param>
/// <param name="Events">The events to append.</param>
public sealed record OdfDecision(OdfOutcome Outcome, IReadOnlyList<IOdfDocumentEvent> Events);

/// <summary>
/// ODF's version rule, pure: a higher version replaces the document (also after a withdrawal); the same version is an
/// idempotent re-send and a lower one is superseded, both ignored. A withdrawal applies at the document's current
/// version or a higher one, unless it is already withdrawn at that version; one that arrives before any version (the
/// transport does not promise order) is kept too, so a lower version arriving after it is superseded, not stored.
/// A DT_KA never withdraws. Notes accumulate: each version stored carries the notes of the versions before it.
/// </summary>
public static class OdfDocumentDecider
{
    /// <summary>Decides <paramref name="command"/> for the document <paramref name="key"/> in <paramref name="state"/>.</summary>
    public static OdfDecision Decide(string key, ReceiveOdfMessage command, OdfDocument state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var header = command.Header ?? throw new InvalidCommandException("header", "The message has no header.");
        if (header.DocumentKey != key)
        {
            throw new InvalidCommandException("documentKey", $"The message belongs to document '{header.DocumentKey}', not '{key}'.");
        }

        if (header.Version <= 0)
        {
            throw new InvalidCommandException("Version", $"The version must be positive, not {header.Version}.");
        }

        // A keep-alive has no Competition element by nature: whatever the sender says, it never withdraws.
        return command.IsWithdrawal && header.DocumentType != OdfDocumentTypes.KeepAlive ? Withdraw(command, state) : Receive(command, state);
    }

    // The version carries the document's notes so far, so that whoever reads only the latest version sees them all.
    private static OdfDecision Receive(ReceiveOdfMessage command, OdfDocument state) => command.Header.Version > state.Version
        ? new(OdfOutcome.Stored, [new OdfDocumentReceived(command.Header, command.Xml, command.At, OdfNotes.Union(state.Notes, command.Notes) is { Count: > 0 } notes ? notes : null)])
        : Ignored(command, state);

    private static OdfDecision Withdraw(ReceiveOdfMessage command, OdfDocument state)
    {
        var version = command.Header.Version;
        return version > state.Version || (version == state.Version && !state.Withdrawn)
            ? new(OdfOutcome.Withdrawn, [new OdfDocumentWithdrawn(command.Header, command.Xml, command.At)])
            : Ignored(command, state);
    }

    private static OdfDecision Ignored(ReceiveOdfMessage command, OdfDocument state) =>
        new(command.Header.Version == state.Version ? OdfOutcome.Duplicate : OdfOutcome.Superseded, []);
}
