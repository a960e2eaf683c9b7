using System.Xml.Linq;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Odf.Simulation;

namespace Olympics.Orleans.Grains.Tests.Odf.Simulation;

/// <summary>A generated Games and the plan of one of its days, made once for the simulator's tests.</summary>
internal static class SimulatedDay
{
    public static readonly DateOnly Day = new(2024, 7, 28);

    public static GamesDataset Games { get; } = GamesGenerator.Generate(new GamesSpec(2024, 0.2));

    public static SimulationOptions Options { get; } = new(Seed: 7, CorrectionRate: 0.3, DuplicateRate: 0.3);

    public static SimulationPlan Plan { get; } = VenueDaySimulator.Plan(Games, Day, Options);

    /// <summary>A day with finals (the day above has none): medallists and medal tables.</summary>
    public static readonly DateOnly FinalsDay = new(2024, 8, 5);

    public static SimulationPlan FinalsPlan { get; } = VenueDaySimulator.Plan(Games, FinalsDay, Options);

    public static XElement Xml(PlannedMessage message) => XElement.Parse(System.Text.Encoding.UTF8.GetString(message.Body.Span));

    public static IEnumerable<IGrouping<string, PlannedMessage>> Documents(string type, SimulationPlan? plan = null) =>
        (plan ?? Plan).Messages.Where(m => m.DocumentType == type).GroupBy(m => m.DocumentKey, StringComparer.Ordinal);
}
