namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>How a simulated competition day is played; the seed decides every random choice.</summary>
/// <param name="Seed">The same seed (and dataset) gives byte-identical messages.</param>
/// <param name="TimeScale">Plan seconds per second of competition: 1 is real time, 1/60 plays an hour in a minute.</param>
/// <param name="LiveUpdates">DT_RESULT LIVE versions per unit.</param>
/// <param name="CurrentsPerLive">DT_CURRENT messages between two LIVE results.</param>
/// <param name="KeepAliveEvery">Plan time between two DT_KA of a venue.</param>
/// <param name="CorrectionRate">Share of units corrected after OFFICIAL (a higher version with a note).</param>
/// <param name="DuplicateRate">Share of units whose OFFICIAL result is sent twice with the same version.</param>
/// <param name="MaxCompetitors">Most athletes on a start list.</param>
/// <param name="Source">One Source for every message; null gives each discipline its results system, SEQ_{discipline}.</param>
/// <param name="CompetitionCode">The CompetitionCode attribute.</param>
public sealed record SimulationOptions(
    int Seed = 2024,
    double TimeScale = 1.0 / 60,
    int LiveUpdates = 6,
    int CurrentsPerLive = 3,
    double KeepAliveEverySeconds = 5,
    double CorrectionRate = 0.15,
    double DuplicateRate = 0.15,
    int MaxCompetitors = 8,
    string? Source = null,
    string CompetitionCode = "OG2024")
{
    /// <summary>Plan time between two DT_KA of a venue.</summary>
    public TimeSpan KeepAliveEvery => TimeSpan.FromSeconds(KeepAliveEverySeconds);

    /// <summary>The source of a discipline's messages.</summary>
    public string SourceOf(string discipline) => Source ?? $"SEQ_{discipline}";
}
