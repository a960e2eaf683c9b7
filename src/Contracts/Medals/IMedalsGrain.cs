namespace Olympics.Orleans.Contracts.Medals;

/// <summary>
/// The medals of a competition, keyed by its code (e.g. "OG2024"): the medal table, replaced completely by each version
/// of the ODF medal standings (DT_MEDALS), and the medallists of each event (DT_MEDALLISTS). Versions only move forward:
/// a version no higher than the one held changes nothing.
/// </summary>
public interface IMedalsGrain : IGrainWithStringKey
{
    /// <summary>Replaces the medal table with a higher version of the standings.</summary>
    Task<MedalTableView> ReplaceMedalTableAsync(ReplaceMedalTable command);

    /// <summary>Withdraws the medal table: it is empty until a higher version arrives.</summary>
    Task<MedalTableView> WithdrawMedalTableAsync(WithdrawMedalTable command);

    /// <summary>Records the medallists of an event, replacing an earlier version of them.</summary>
    Task<MedalTableView> RecordMedallistsAsync(RecordMedallists command);

    /// <summary>Withdraws the medallists of an event: the event has none until a higher version arrives.</summary>
    Task<MedalTableView> WithdrawMedallistsAsync(WithdrawMedallists command);

    /// <summary>The medal table and the medallists per event as they are now (empty before the first version).</summary>
    Task<MedalTableView> GetMedalTableAsync();
}
