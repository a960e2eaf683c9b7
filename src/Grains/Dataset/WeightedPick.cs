namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Draws an index with probability proportional to its weight.</summary>
internal sealed class WeightedPick
{
    private readonly int[] _cumulative;

    public WeightedPick(IReadOnlyList<int> weights)
    {
        _cumulative = new int[weights.Count];
        var sum = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            _cumulative[i] = sum += weights[i];
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.Next(_cumulative[^1]) + 1);
        return index >= 0 ? index : ~index;
    }
}
