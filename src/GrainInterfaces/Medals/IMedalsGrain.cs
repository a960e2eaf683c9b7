using Olympics.Orleans.Contracts.Medals;

namespace Olympics.Orleans.GrainInterfaces.Medals;

/// <summary>
/// The medals of a competition, keyed by its code (e.g. "OG2024"): the medal table, replaced completely by each version
/// of the ODF medal standings (DT_MEDALS), and the medallists of each event (DT_MEDALLISTS). Versions only move forward:
/// a version no higher than the one held changes nothing.
/// </summary>
[Alias("olympics.IMedalsGrain")]
public interface IMedalsGrain : IGrainWithStringKey
{
    /// <summary>Replaces the medal table with a higher version of the standings.</summary>
    [Alias("ReplaceMedalTable")]
    Task<MedalTableView> ReplaceMedalTableAsync(ReplaceMedalTable command);

    /// <summary>Withdraws the medal table: it is empty until a higher version arrives.</summary>
    [Alias("WithdrawMedalTable")]
    Task<MedalTableView> WithdrawMedalTableAsync(WithdrawMedalTable command);

    /// <summary>Records the medallists of an event, replacing an earlier version of them.</summary>
    [Alias("RecordMedallists")]
    Task<MedalTableView> RecordMedallistsAsync(RecordMedallists command);

    /// <summary>Withdraws the medallists of an event: the event has none until a higher version arrives.</summary>
    [Alias("WithdrawMedallists")]
    Task<MedalTableView> WithdrawMedallistsAsync(WithdrawMedallists command);

    /// <summary>The medal table and the medallists per event as they are now (empty before the first version).</summary>
    [Alias("GetMedalTable")]
    Task<MedalTableView> GetMedalTableAsync();
}
