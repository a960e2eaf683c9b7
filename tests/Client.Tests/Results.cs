namespace Olympics.Orleans.Client.Tests;

/// <summary>Reading a results subscription in tests.</summary>
internal static class Results
{
    /// <summary>The next <paramref name="count"/> messages (fewer if the subscription ends first).</summary>
    public static async Task<List<ResultMessage>> TakeAsync(IAsyncEnumerator<ResultMessage> results, int count)
    {
        var taken = new List<ResultMessage>();
        while (taken.Count < count && await results.MoveNextAsync())
        {
            taken.Add(results.Current);
        }

        return taken;
    }
}
