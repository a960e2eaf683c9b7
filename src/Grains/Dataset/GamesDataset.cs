namespace Olympics.Orleans.Grains.Dataset;

/// <summary>A generated Games as plain data; <see cref="GamesDatasetWriter"/> puts it in files.</summary>
public sealed record GamesDataset(
    GamesSpec Spec,
    IReadOnlyList<GamesVenue> Venues,
    IReadOnlyList<GamesNoc> Nocs,
    IReadOnlyList<GamesDiscipline> Disciplines,
    IReadOnlyList<MedalEvent> Events,
    IReadOnlyList<CompetitionSession> Sessions,
    IReadOnlyList<GamesAthlete> Athletes,
    IReadOnlyList<GamesAccreditation> Accreditations)
{
    /// <summary>The sports, from the disciplines (aquatics holds five disciplines, for example).</summary>
    public IReadOnlyList<string> Sports => Disciplines.Select(d => d.Sport).Distinct().ToList();

    /// <summary>Every unit of every event, in event order.</summary>
    public IEnumerable<CompetitionUnit> Units => Events.SelectMany(e => e.Phases).SelectMany(p => p.Units);
}
