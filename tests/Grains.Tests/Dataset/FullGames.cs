using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>One full-scale Games shared by the tests of a class: generating it is the expensive part.</summary>
public sealed class FullGames
{
    public GamesDataset Dataset { get; } = GamesGenerator.Generate(new GamesSpec());

    public GamesSummary Summary => GamesSummary.Of(Dataset);
}
