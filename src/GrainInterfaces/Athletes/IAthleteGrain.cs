using Olympics.Orleans.Contracts.Athletes;

namespace Olympics.Orleans.GrainInterfaces.Athletes;

/// <summary>An athlete, keyed by athlete id: registration, event entries, status per event, medals.</summary>
/// <remarks>MarkQualified, MarkEliminated, RecordIrm and AwardMedal are idempotent: processes reacting to results may repeat them.</remarks>
[Alias("olympics.IAthleteGrain")]
public interface IAthleteGrain : IGrainWithStringKey
{
    /// <summary>Registers the athlete. Registering again with the same details changes nothing; other details are refused.</summary>
    [Alias("RegisterAthlete")]
    Task<AthleteView> RegisterAthleteAsync(RegisterAthlete command);

    /// <summary>Enters the athlete into an event of their discipline and gender.</summary>
    [Alias("EnterEvent")]
    Task<AthleteView> EnterEventAsync(EnterEvent command);

    /// <summary>Marks the athlete qualified for a phase of an entered event.</summary>
    [Alias("MarkQualified")]
    Task<AthleteView> MarkQualifiedAsync(MarkQualified command);

    /// <summary>Marks the athlete eliminated from an entered event.</summary>
    [Alias("MarkEliminated")]
    Task<AthleteView> MarkEliminatedAsync(MarkEliminated command);

    /// <summary>Records an invalid result mark in an entered event.</summary>
    [Alias("RecordIrm")]
    Task<AthleteView> RecordIrmAsync(RecordIrm command);

    /// <summary>Awards a medal in an entered event.</summary>
    [Alias("AwardMedal")]
    Task<AthleteView> AwardMedalAsync(AwardMedal command);

    /// <summary>The athlete as they are now; null when never registered.</summary>
    [Alias("GetAthlete")]
    Task<AthleteView?> GetAthleteAsync();
}
