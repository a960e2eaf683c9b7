namespace Olympics.Orleans.Grains.Odf;

/// <summary>The ODF document types the platform reads, and which messages withdraw their document.</summary>
public static class OdfDocumentTypes
{
    public const string Result = "DT_RESULT";
    public const string Current = "DT_CURRENT";
    public const string Schedule = "DT_SCHEDULE";
    public const string ScheduleUpdate = "DT_SCHEDULE_UPDATE";
    public const string PhaseResult = "DT_PHASE_RESULT";
    public const string Medallists = "DT_MEDALLISTS";
    public const string MedalStandings = "DT_MEDALS";
    public const string KeepAlive = "DT_KA";

    /// <summary>
    /// Whether a message withdraws its document: ODF's rule is a header with no <c>Competition</c> element, but a
    /// keep-alive never has one, so a DT_KA is never a withdrawal.
    /// </summary>
    public static bool IsWithdrawal(string documentType, bool hasCompetition) => !hasCompetition && documentType != KeepAlive;
}
