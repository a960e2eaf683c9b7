namespace Olympics.Orleans.Grains.Dataset;

/// <summary>What to generate: the seed decides every random choice, the scale shrinks people and sessions.</summary>
/// <param name="Seed">The same seed gives byte-identical output.</param>
/// <param name="Scale">1 for a full Games; 0.1 or 0.01 for tests and demos. Venues and disciplines are always all kept.</param>
/// <param name="OpeningDay">The opening ceremony; competition starts two days before and runs 19 days.</param>
public sealed record GamesSpec(int Seed = 2024, double Scale = 1.0, DateOnly OpeningDay = default)
{
    /// <summary>The first competition day (football and rugby start before the opening ceremony).</summary>
    public DateOnly FirstDay => Opening.AddDays(-2);

    /// <summary>The last competition day.</summary>
    public DateOnly LastDay => FirstDay.AddDays(CompetitionDays - 1);

    /// <summary>The opening day, Paris 2024's when none was given.</summary>
    public DateOnly Opening => OpeningDay == default ? new DateOnly(2024, 7, 26) : OpeningDay;

    /// <summary>Days with competition.</summary>
    public const int CompetitionDays = 19;

    /// <summary>A count at this scale; never below <paramref name="minimum"/>.</summary>
    public int Scaled(int fullCount, int minimum = 1) => Math.Max(minimum, (int)Math.Round(fullCount * Scale, MidpointRounding.AwayFromZero));
}
