using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>
/// The ODF code lists the ingest checks a message against (ODF Paris 2024 general messages): the document types, the
/// result statuses of a header and the schedule statuses of a schedule's Session and Unit elements.
/// </summary>
public static class OdfCodeLists
{
    /// <summary>Every ODF document type (a results system, the central systems or a content provider sends it).</summary>
    public static IReadOnlySet<string> DocumentTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "DT_ACHIEVEMENT", "DT_ALERT", "DT_AUDIO", "DT_BCK", "DT_BCK_IMP", "DT_BIO_HOR", "DT_BIO_HOR_IMP", "DT_BIO_NOC",
        "DT_BIO_NOC_IMP", "DT_BIO_PAR", "DT_BIO_PAR_IMP", "DT_BIO_TEA", "DT_BIO_TEA_IMP", "DT_BRACKETS", "DT_CODES",
        "DT_COMMUNICATION", "DT_CONFIG", "DT_CUMULATIVE_RESULT", "DT_CURRENT", "DT_ESL", "DT_FED_RANKING", "DT_FLAGBEARERS",
        "DT_GLOBAL_GM", "DT_GLOBAL_GN", "DT_IMAGE", "DT_KA", "DT_LOCAL_OFF", "DT_LOCAL_ON", "DT_MEDALLISTS", "DT_MEDALLISTS_DAY",
        "DT_MEDALLISTS_DISCIPLINE", "DT_MEDALS", "DT_NEWS", "DT_NEWS_IMP", "DT_NOTIFICATION", "DT_PARTIC", "DT_PARTIC_HORSES",
        "DT_PARTIC_HORSES_UPDATE", "DT_PARTIC_NAME", "DT_PARTIC_TEAMS", "DT_PARTIC_TEAMS_UPDATE", "DT_PARTIC_UPDATE", "DT_PDF",
        "DT_PHASE_RESULT", "DT_PIC", "DT_PLAY_BY_PLAY", "DT_POOL_STANDING", "DT_RECORD", "DT_RESULT", "DT_SCHEDULE",
        "DT_SCHEDULE_UPDATE", "DT_STATS", "DT_WEATHER",
    };

    /// <summary>The result statuses (START_LIST ... OFFICIAL, PROTESTED, PARTIAL, PROVISIONAL).</summary>
    public static IReadOnlySet<string> ResultStatuses { get; } = Spellings<ResultStatus>();

    /// <summary>The schedule statuses: the ones a session keeps, and UNSCHEDULED (a unit not yet given a time).</summary>
    public static IReadOnlySet<string> ScheduleStatuses { get; } = new HashSet<string>(Spellings<ScheduleStatus>().Append("UNSCHEDULED"), StringComparer.Ordinal);

    /// <summary>A short list for a refusal's reason.</summary>
    public static string Describe(IReadOnlySet<string> codes) => string.Join(", ", codes.Order(StringComparer.Ordinal));

    private static HashSet<string> Spellings<T>() where T : struct, Enum =>
        new(Enum.GetValues<T>().Select(v => OdfCode.Of(v)), StringComparer.Ordinal);
}
