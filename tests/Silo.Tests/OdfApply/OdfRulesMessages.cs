using System.Globalization;

namespace Olympics.Orleans.Silo.Tests.OdfApply;

/// <summary>
/// Whole ODF messages as a results system sends them (Paris 2024 shapes: competitors with their composition, extended
/// infos, notes), for the men's 100 m final of session ATH01 at the Stade de France.
/// </summary>
internal static class OdfRulesMessages
{
    public const string Unit = "ATHM100M--------------FNL-000100--";
    public const string Discipline = "ATH-------------------------------";
    public const string PhotoFinish = "Ranks 2 and 3 corrected after review of the photo finish.";
    public const string Appeal = "Lane 7 reinstated by the Jury of Appeal (TR 8.7).";

    private static readonly (string Code, string Noc, string Given, string Family)[] _runners =
    [
        ("1939452", "USA", "Noah", "LYLES"), ("1942088", "JAM", "Kishane", "THOMPSON"), ("1940713", "USA", "Fred", "KERLEY"),
        ("1945107", "RSA", "Akani", "SIMBINE"),
    ];

    /// <summary>A DT_RESULT of the final: the runners (by index into the field) in rank order with their marks, then <paramref name="extra"/>.</summary>
    public static string Result(int version, string status, (int Runner, string Mark)[] ranked, string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <OdfBody CompetitionCode="OG2024" DocumentCode="{Unit}" DocumentType="DT_RESULT" Version="{N(version)}" ResultStatus="{status}" Language="ENG" FeedFlag="P" Date="2024-08-04" Time="{Time(version)}" LogicalDate="2024-08-04" Source="{Odf.OdfSilo.Source}">
          <Competition Gen="OG2024" Sport="ATH" Codes="ATH">
            <ExtendedInfos>
              <UnitDateTime StartDate="2024-08-04T21:55:00+02:00"/>
              <ExtendedInfo Type="UI" Code="WIND" Value="+1.0"/>
            </ExtendedInfos>
        {string.Concat(ranked.Select((r, i) => Line(r.Runner, i + 1, r.Mark)))}{extra}
          </Competition>
        </OdfBody>
        """;

    /// <summary>A discipline's schedule (no DocumentSubcode): each unit names its session on the Unit element.</summary>
    public static string Schedule(int version, string sessionStatus, string unitStatus) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <OdfBody CompetitionCode="OG2024" DocumentCode="{Discipline}" DocumentType="DT_SCHEDULE" Version="{N(version)}" Language="ENG" FeedFlag="P" Date="2024-08-04" Time="{Time(version)}" LogicalDate="2024-08-04" Source="{Odf.OdfSilo.Source}">
          <Competition Gen="OG2024" Sport="ATH" Codes="ATH">
            <Session SessionCode="ATH01" StartDate="2024-08-04T19:00:00+02:00" EndDate="2024-08-04T23:00:00+02:00" Venue="STA" VenueName="Stade de France" ScheduleStatus="{sessionStatus}">
              <SessionName Language="ENG" Value="Athletics - Evening session"/>
            </Session>
            <Unit Code="{Unit}" PhaseType="3" UnitNum="1" ScheduleStatus="{unitStatus}" StartDate="2024-08-04T21:55:00+02:00" Venue="STA" Location="STA" SessionCode="ATH01" Medal="1">
              <ItemName Language="ENG" Value="Men's 100m Final"/>
            </Unit>
          </Competition>
        </OdfBody>
        """;

    /// <summary>A session's schedule update (DocumentSubcode ATH01): its own sequence of versions.</summary>
    public static string ScheduleUpdate(int version, string status) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <OdfBody CompetitionCode="OG2024" DocumentCode="{Discipline}" DocumentSubcode="ATH01" DocumentType="DT_SCHEDULE_UPDATE" Version="{N(version)}" Language="ENG" FeedFlag="P" Date="2024-08-04" Time="{Time(version)}" LogicalDate="2024-08-04" Source="{Odf.OdfSilo.Source}">
          <Competition Gen="OG2024" Sport="ATH" Codes="ATH">
            <Session SessionCode="ATH01" ScheduleStatus="{status}"/>
            <Unit Code="{Unit}" ScheduleStatus="{status}"/>
          </Competition>
        </OdfBody>
        """;

    /// <summary>A keep-alive of the results system that speaks for <paramref name="code"/>: a header, no Competition.</summary>
    public static string KeepAlive(string code, int version) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <OdfBody CompetitionCode="OG2024" DocumentCode="{code}" DocumentType="DT_KA" Version="{N(version)}" FeedFlag="P" Date="2024-08-04" Time="{Time(version)}" LogicalDate="2024-08-04" Source="{Odf.OdfSilo.Source}"/>
        """;

    public static string Key(string type, string code = Unit, string subcode = "", string language = "ENG") => $"OG2024|{code}|{subcode}|{type}||{language}";

    public static string Runner(int index) => _runners[index].Code;

    private static string Line(int runner, int rank, string mark)
    {
        var (code, noc, given, family) = _runners[runner];
        return $"""
                <Result Rank="{N(rank)}" RankEqual="N" ResultType="TIME" Result="{mark}" SortOrder="{N(rank)}" StartOrder="{N(runner + 3)}">
                  <Competitor Code="{code}" Type="A" Organisation="{noc}">
                    <Composition>
                      <Athlete Code="{code}" Order="1">
                        <Description GivenName="{given}" FamilyName="{family}" Gender="M" Organisation="{noc}"/>
                      </Athlete>
                    </Composition>
                  </Competitor>
                </Result>

            """;
    }

    private static string Time(int version) => $"2155{(version % 60).ToString("00", CultureInfo.InvariantCulture)}000";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
