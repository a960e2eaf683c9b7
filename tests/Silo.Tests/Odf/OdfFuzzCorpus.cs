using System.Text;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>A valid message the fuzz test starts from: its type, the source whose key it needs, its text.</summary>
internal sealed record OdfSeed(string Type, string Source, string Xml);

/// <summary>
/// The valid ODF messages of the test suite: a simulated day of three sessions (every type the simulator and the apply
/// process know: DT_RESULT at every status, DT_CURRENT, DT_SCHEDULE_UPDATE, DT_PHASE_RESULT, DT_MEDALLISTS, DT_MEDALS,
/// DT_KA) and the tests' shared DT_RESULT.
/// </summary>
internal static class OdfFuzzCorpus
{
    public static IReadOnlyList<OdfSeed> Seeds { get; } = Build();

    public static IReadOnlyList<string> Sources { get; } = [.. Seeds.Select(s => s.Source).Distinct().Order(StringComparer.Ordinal)];

    public static string KeyOf(string source) => $"fuzz-key-of-{source}";

    private static List<OdfSeed> Build()
    {
        var games = GamesGenerator.Generate(new GamesSpec(2024, 0.2));
        var plan = VenueDaySimulator.Plan(games, VenueDaySimulator.SessionsOn(games, new DateOnly(2024, 8, 5)).Take(3),
            new SimulationOptions(Seed: 7, LiveUpdates: 2, CurrentsPerLive: 1, KeepAliveEverySeconds: 60, CorrectionRate: 0.3, DuplicateRate: 0));
        return
        [
            .. plan.Messages.Select(m => new OdfSeed(m.DocumentType, m.Source, Encoding.UTF8.GetString(m.Body.Span))),
            new OdfSeed("DT_RESULT", OdfSilo.Source, OdfMessages.Xml()),
        ];
    }
}
