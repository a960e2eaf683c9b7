using Olympics.Orleans.Contracts.Disciplines;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.GrainInterfaces.Disciplines;

/// <summary>
/// A discipline's results system, keyed by the 3-letter discipline code (e.g. "ATH"): the keep-alives of a results
/// system that speaks for a discipline rather than for a venue.
/// </summary>
[Alias("olympics.IDisciplineGrain")]
public interface IDisciplineGrain : IGrainWithStringKey
{
    /// <summary>Records a keep-alive of the discipline's results system; an older or repeated one changes nothing.</summary>
    [Alias("RecordKeepAlive")]
    Task<DisciplineView> RecordKeepAliveAsync(RecordKeepAlive command);

    /// <summary>The discipline's last keep-alive; null before the first.</summary>
    [Alias("GetDiscipline")]
    Task<DisciplineView?> GetDisciplineAsync();
}
