namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// One seeded random source per part of the Games, so that changing how one part draws does not reshuffle the
/// others. <see cref="Random(int)"/> with a seed is stable across runs and platforms.
/// </summary>
internal static class Seeds
{
    public const int Athletes = 1;
    public const int Accreditations = 2;

    public static Random For(int seed, int part) => new(unchecked((seed * 1_000_003) + (part * 7_919)));
}
