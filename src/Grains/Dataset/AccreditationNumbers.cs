namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// Unique 8-digit accreditation numbers that do not look sequential: i -> 10,000,000 + (a*i + b) mod 90,000,000 is
/// one-to-one because a is coprime with 90,000,000 (= 2^7 * 3^2 * 5^7), so no set of issued numbers is needed.
/// </summary>
internal sealed class AccreditationNumbers(int seed)
{
    private const long Range = 90_000_000;
    private const long Multiplier = 27_644_437;
    private readonly long _offset = Seeds.For(seed, 0).NextInt64(Range);

    public int For(int index) => (int)(10_000_000 + (((Multiplier * index) + _offset) % Range));
}
