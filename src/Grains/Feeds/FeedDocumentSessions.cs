using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The sessions an ODF document belongs to, for session streams and consumers limited to sessions:
/// <list type="bullet">
/// <item>DT_SCHEDULE_UPDATE: the session in its DocumentSubcode.</item>
/// <item>A unit-level DocumentCode (DT_RESULT, DT_CURRENT and other unit documents): the session holding the unit.</item>
/// <item>A phase-level DocumentCode (DT_PHASE_RESULT, pool standings): every session holding units of that phase,
/// because a commentator on any of them follows the phase.</item>
/// <item>Anything else (event, discipline or Games level: DT_MEDALLISTS, DT_MEDALS, DT_SCHEDULE, DT_PARTIC, records):
/// no session; such documents are in the whole feed and the discipline streams only.</item>
/// </list>
/// Looked up in the session catalog when the message is read, so a unit moved to another session later keeps the
/// session it had then.
/// </summary>
public sealed class FeedDocumentSessions(Func<string, string?> sessionOfUnit, Func<string, IEnumerable<string>> sessionsOfPhase)
{
    /// <summary>Sessions as the silo's session catalog knows them.</summary>
    public FeedDocumentSessions(SessionCatalog catalog)
        : this(unit => catalog.FindSessionByUnit(unit)?.Code, phase => catalog.FindSessionsByPhase(phase).Select(s => s.Code))
    {
    }

    /// <summary>No document belongs to any session (a silo without sessions, tests).</summary>
    public static FeedDocumentSessions None { get; } = new(_ => null, _ => []);

    /// <summary>The session codes the document of <paramref name="header"/> belongs to; empty for none.</summary>
    public string[] Of(OdfHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.DocumentType == "DT_SCHEDULE_UPDATE")
        {
            return header.DocumentSubcode is { } code && IsSessionCode(code) ? [code] : [];
        }

        if (!Rsc.TryParse(header.DocumentCode, out var rsc, out _))
        {
            return [];
        }

        if (rsc.IsUnit)
        {
            return sessionOfUnit(rsc.Code) is { } session ? [session] : [];
        }

        return rsc.Phase.Trim('-').Length > 0 ? [.. sessionsOfPhase(rsc.Code).Distinct(StringComparer.Ordinal)] : [];
    }

    private static bool IsSessionCode(string code) =>
        code.Length == 5 && code[..3].All(char.IsAsciiLetterUpper) && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);
}
