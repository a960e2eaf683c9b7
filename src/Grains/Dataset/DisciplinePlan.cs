using System.Globalization;

namespace Olympics.Orleans.Grains.Dataset;

/// <summary>One row of <see cref="DisciplineCatalog"/>, parsed.</summary>
internal sealed record DisciplinePlan(
    GamesDiscipline Discipline, int Sessions, int AthleteQuota, int FirstDay, int LastDay, SlotPattern Slots,
    IReadOnlyList<(string Code, int Units)> Phases, IReadOnlyList<(char Gender, string Code)> Events)
{
    public static DisciplinePlan Parse(string row)
    {
        var f = row.Split('|');
        var days = f[5].Split('-');
        var phases = f[8].Split(',').Select(p => p.Split(':')).Select(p => (p[0], Int(p[1]))).ToList();
        var events = f[9].Split(';')
            .SelectMany(g => g[2..].Split(',').Select(code => (g[0], code)))
            .ToList();
        return new DisciplinePlan(
            new GamesDiscipline(f[0], f[1], f[2], f[7].Split(',')),
            Int(f[3]), Int(f[4]), Int(days[0]), Int(days[1]), SlotPattern.Of(f[6][0]), phases, events);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
