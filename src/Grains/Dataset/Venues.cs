namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Random venue lists in catalogue order; one-venue lists are shared, as most cards carry one.</summary>
internal sealed class Venues(string[] codes)
{
    private readonly string[][] _single = codes.Select(c => new[] { c }).ToArray();

    public string[] Some(Random r, int max)
    {
        var count = 1 + r.Next(max);
        if (count == 1)
        {
            return _single[r.Next(codes.Length)];
        }

        var picked = new SortedSet<int>();
        while (picked.Count < count)
        {
            picked.Add(r.Next(codes.Length));
        }

        return picked.Select(i => codes[i]).ToArray();
    }
}
