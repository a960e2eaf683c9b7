using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>
/// One full-scale Games for every test that needs it: generating 600,000 accreditations is the expensive part,
/// so it happens once per test run, on first use, whichever class asks first.
/// </summary>
internal static class FullGames
{
    private static readonly Lazy<GamesDataset> _dataset = new(() => GamesGenerator.Generate(new GamesSpec()));
    private static readonly Lazy<GamesSummary> _summary = new(() => GamesSummary.Of(_dataset.Value));

    public static GamesDataset Dataset => _dataset.Value;

    public static GamesSummary Summary => _summary.Value;
}
