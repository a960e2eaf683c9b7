namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Splits a total across shares in proportion (largest remainder), so scaled counts still add up.</summary>
internal static class Apportion
{
    public static int[] Largest(IReadOnlyList<int> shares, int total)
    {
        double sum = shares.Sum();
        var exact = shares.Select(s => s * total / sum).ToArray();
        var result = exact.Select(e => (int)Math.Floor(e)).ToArray();
        // Ties go to the earlier share, so the split never depends on sort stability.
        var order = Enumerable.Range(0, shares.Count).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i);
        foreach (var i in order.Take(total - result.Sum()))
        {
            result[i]++;
        }

        return result;
    }
}
