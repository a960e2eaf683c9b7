namespace Olympics.Orleans.Contracts.Odf;

/// <summary>The header of an ODF message: the attributes of its <c>OdfBody</c> root element.</summary>
/// <param name="CompetitionCode">The competition, e.g. OG2024.</param>
/// <param name="DocumentCode">The document code, usually an RSC.</param>
/// <param name="DocumentSubcode">Optional subcode.</param>
/// <param name="DocumentType">The message type, e.g. DT_RESULT.</param>
/// <param name="DocumentSubtype">Optional subtype.</param>
/// <param name="Version">The document's version, 1 or more; a higher one replaces a lower one.</param>
/// <param name="ResultStatus">Optional result status, e.g. LIVE or OFFICIAL.</param>
/// <param name="Language">Optional language, e.g. ENG.</param>
/// <param name="FeedFlag">"P" production or "T" test.</param>
/// <param name="Date">The date the message was produced, venue local.</param>
/// <param name="Time">The time the message was produced, venue local, to the millisecond.</param>
/// <param name="LogicalDate">The competition day (it ends at 03:00 local).</param>
/// <param name="Source">The producing system.</param>
public sealed record OdfHeader(
    string CompetitionCode,
    string DocumentCode,
    string? DocumentSubcode,
    string DocumentType,
    string? DocumentSubtype,
    int Version,
    string? ResultStatus,
    string? Language,
    string FeedFlag,
    DateOnly Date,
    TimeOnly Time,
    DateOnly LogicalDate,
    string Source)
{
    /// <summary>The document this message is a version of: competition, code, subcode, type, subtype, language.</summary>
    public string DocumentKey => OdfDocumentKey.Of(this);
}
