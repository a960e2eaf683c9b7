namespace Olympics.Orleans.EventStore.Tests;

/// <summary>Small helpers to make and collect events in tests.</summary>
public static class Events
{
    public static EventData Numbered(int n, string type = "test.numbered.v1") =>
        EventData.Create(type, $$"""{"n":{{n}}}""", new EventMetadata("corr-" + n, "cause-" + n, "tester", "0af7651916cd43dd8448eb211c80319c"));

    public static EventData[] Range(int from, int count) => [.. Enumerable.Range(from, count).Select(n => Numbered(n))];

    public static async Task<List<StoredEvent>> ToListAsync(this IAsyncEnumerable<StoredEvent> events)
    {
        var list = new List<StoredEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }

    /// <summary>Takes <paramref name="count"/> events from a subscription, failing after a generous bound rather than hanging.</summary>
    public static async Task<List<StoredEvent>> TakeAsync(this IAsyncEnumerator<StoredEvent> subscription, int count, int seconds = 20)
    {
        var list = new List<StoredEvent>();
        while (list.Count < count)
        {
            var next = subscription.MoveNextAsync().AsTask();
            if (await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(seconds))) != next)
            {
                throw new TimeoutException($"The subscription delivered {list.Count} of {count} events within {seconds} s.");
            }

            (await next).ShouldBeTrue();
            list.Add(subscription.Current);
        }

        return list;
    }

    /// <summary>
    /// Reads all events once <paramref name="count"/> are readable. Another test's open transaction anywhere on the
    /// server holds the readable horizon back for a moment (by design: see the late-commit tests), so a read right
    /// after an append may legitimately return less.
    /// </summary>
    public static async Task<List<StoredEvent>> ReadAllSettledAsync(this IEventStore store, ReadAllOptions options, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var read = await store.ReadAllAsync(options).ToListAsync();
            if (read.Count >= count || DateTime.UtcNow > deadline)
            {
                return read;
            }

            await Task.Delay(20);
        }
    }

    public static string NewStreamId(string category = "test") => $"{category}-{Guid.NewGuid():N}";
}
