using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using static Olympics.Orleans.Grains.Odf.OdfDocumentTypes;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// What a stored ODF document means for the session, venue and medals grains. Pure: no I/O, no clock (commands carry the
/// time the document was received, and its Version, so a grain that has applied that version already changes nothing).
/// A malformed document is a refusal, never an exception.
/// <list type="table">
/// <item><term>DT_RESULT</term><description>START_LIST sets the unit's start list; any other status records its results.</description></item>
/// <item><term>DT_CURRENT</term><description>marks the unit LIVE while its results are at START_LIST.</description></item>
/// <item><term>DT_SCHEDULE / DT_SCHEDULE_UPDATE</term><description>the schedule status of each session and unit named (a unit's session from its SessionCode or the header).</description></item>
/// <item><term>DT_PHASE_RESULT</term><description>the phase's result status on each session holding its units.</description></item>
/// <item><term>DT_MEDALLISTS / DT_MEDALS</term><description>an event's medallists / the whole medal table (code GLO).</description></item>
/// <item><term>DT_KA</term><description>the last keep-alive of the venue or of the discipline its DocumentCode names.</description></item>
/// </list>
/// A withdrawal of medallists or of the medal table withdraws them; any other withdrawal leaves the grains as the last
/// version left them. Documents in a language other than English (ENG) or none are only stored and distributed.
/// </summary>
public static partial class OdfApplyPlan
{
    /// <summary>The code of the overall medal table's document: GLO padded with '-' to 34 characters.</summary>
    public static readonly string MedalTableCode = "GLO".PadRight(Rsc.Length, '-');

    /// <summary>What a stored document event means.</summary>
    public static OdfApplyDecision For(IOdfDocumentEvent stored) => stored switch
    {
        OdfDocumentReceived received => For(received.Header, false, received.Xml, received.ReceivedAt, received.Notes),
        OdfDocumentWithdrawn withdrawn => For(withdrawn.Header, true, withdrawn.Xml, withdrawn.ReceivedAt),
        _ => OdfApplyDecision.Nothing,
    };

    /// <summary>
    /// What a version (or the withdrawal) of a document, received at <paramref name="at"/>, means; <paramref name="notes"/>
    /// are the document's notes as stored with the version (those of earlier versions included), if known.
    /// </summary>
    public static OdfApplyDecision For(OdfHeader header, bool withdrawn, string xml, DateTimeOffset at, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(xml);
        if (header.Language is not (null or "ENG") || (header.DocumentType == MedalStandings && header.DocumentCode != MedalTableCode))
        {
            return OdfApplyDecision.Nothing;
        }

        try
        {
            return withdrawn ? Withdrawal(header, at) : header.DocumentType switch
            {
                Result => UnitResult(header, xml, at, notes),
                Current => Step(OdfTarget.SessionOfUnit, UnitRsc(header), new MarkUnitLive(UnitRsc(header), at, header.Version)),
                Schedule or ScheduleUpdate => Schedules(header, xml, at),
                PhaseResult => Step(OdfTarget.SessionsOfPhase, PhaseRsc(header), new RecordPhaseStatus(PhaseRsc(header), StatusOf(header), at, header.Version)),
                Medallists => Step(OdfTarget.Medals, header.CompetitionCode,
                    new RecordMedallists(EventRsc(header), header.Version, MedallistsOf(OdfXml.Competition(xml)), at)),
                MedalStandings => Step(OdfTarget.Medals, header.CompetitionCode, new ReplaceMedalTable(header.Version, LinesOf(OdfXml.Competition(xml)), at)),
                KeepAlive => KeepAliveOf(header, at),
                _ => OdfApplyDecision.Nothing,
            };
        }
        catch (InvalidCommandException e)
        {
            return new OdfApplyDecision([], $"{e.Field}: {e.Reason}");
        }
    }

    private static OdfApplyDecision Withdrawal(OdfHeader header, DateTimeOffset at) => header.DocumentType switch
    {
        Medallists => Step(OdfTarget.Medals, header.CompetitionCode, new WithdrawMedallists(EventRsc(header), header.Version, at)),
        MedalStandings => Step(OdfTarget.Medals, header.CompetitionCode, new WithdrawMedalTable(header.Version, at)),
        Result => LeftAsIs(header, "the unit's start list and results stay as they are; only newer results replace them"),
        Schedule or ScheduleUpdate => LeftAsIs(header, "the schedule statuses stay as they are"),
        PhaseResult => LeftAsIs(header, "the phase's status stays as it is"),
        Current or KeepAlive => LeftAsIs(header, "nothing to undo"),
        _ => OdfApplyDecision.Nothing,
    };

    private static OdfApplyDecision Step(OdfTarget target, string key, object command) => new([new OdfApplyStep(target, key, command)]);

    // A results system speaks for a venue (STA) or a discipline (ATH, or ATH padded with '-' as discipline-level documents
    // are): three letters alone may be either, which only the venues registered tell.
    private static OdfApplyDecision KeepAliveOf(OdfHeader header, DateTimeOffset at)
    {
        var code = header.DocumentCode;
        var command = new RecordKeepAlive(header.Source, at);
        if (code.Length > 3 && code[..3].All(char.IsAsciiLetterUpper) && code[3..].All(c => c == '-'))
        {
            return Step(OdfTarget.Discipline, code[..3], command);
        }

        return code.Length == 3 && code.All(char.IsAsciiLetterUpper)
            ? Step(OdfTarget.VenueOrDiscipline, code, command)
            : throw new InvalidCommandException("DocumentCode",
                $"A DT_KA speaks for a venue (3 letters, e.g. STA) or a discipline (ATH, or ATH padded with '-'), not '{code}'.");
    }

    private static OdfApplyDecision LeftAsIs(OdfHeader header, string why) =>
        new([], LeftAsIs: $"{header.DocumentType} {header.DocumentCode} withdrawn at version {header.Version}: {why}.");

    private static string UnitRsc(OdfHeader header) =>
        Rsc.TryParse(header.DocumentCode, out var rsc, out _) && rsc.IsUnit
            ? rsc.Code
            : throw new InvalidCommandException("DocumentCode", $"A {header.DocumentType} is about a unit: '{header.DocumentCode}' is not a unit's RSC.");

    private static string PhaseRsc(OdfHeader header) =>
        Rsc.TryParse(header.DocumentCode, out var rsc, out _) && !rsc.IsUnit && rsc.Phase.Trim('-').Length > 0
            ? rsc.Code
            : throw new InvalidCommandException("DocumentCode", $"A {header.DocumentType} is about a phase: '{header.DocumentCode}' is not a phase's RSC (26 characters padded with '-').");

    private static string EventRsc(OdfHeader header) =>
        Rsc.TryParse(header.DocumentCode, out var rsc, out _) && rsc.Code[22..].Trim('-').Length == 0 && rsc.Code[4..22].Trim('-').Length > 0
            ? rsc.Code
            : throw new InvalidCommandException("DocumentCode", $"A {header.DocumentType} is about an event: '{header.DocumentCode}' is not an event's RSC (22 characters padded with '-').");

    private static ResultStatus StatusOf(OdfHeader header) =>
        Sessions.OdfCode.TryParse<ResultStatus>(header.ResultStatus, out var status)
            ? status
            : throw new InvalidCommandException("ResultStatus", header.ResultStatus is null
                ? $"A {header.DocumentType} needs a ResultStatus."
                : $"'{header.ResultStatus}' is not a result status such as LIVE or OFFICIAL.");
}
