namespace Olympics.Orleans.Contracts.Odf;

/// <summary>What became of a received message.</summary>
public enum OdfOutcome
{
    /// <summary>A higher version: it is now the document's latest.</summary>
    Stored,

    /// <summary>The version stored already: an idempotent re-send, nothing changed.</summary>
    Duplicate,

    /// <summary>A lower version than the one stored: ignored.</summary>
    Superseded,

    /// <summary>The document is withdrawn as of this version (also when no version of it had arrived yet: a lower one arriving later is superseded).</summary>
    Withdrawn,
}

/// <summary>The answer to a received message.</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="DocumentKey">The document it belongs to.</param>
/// <param name="Version">The message's version.</param>
public sealed record OdfReceipt(OdfOutcome Outcome, string DocumentKey, int Version);
