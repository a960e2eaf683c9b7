using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Store;

/// <summary>
/// For an unknown stream id, the closest ids of its category (edit distance, streamed: a category of 600,000
/// accreditations is never held in memory), so "accreditation-7988773" suggests "accreditation-79887735".
/// </summary>
internal static class StreamSuggestions
{
    /// <summary>Up to <paramref name="count"/> ids closest to <paramref name="streamId"/>, closest first.</summary>
    public static async Task<IReadOnlyList<string>> ForAsync(IEventStore store, string streamId, int count = 3, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(streamId);
        var dash = streamId.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash > 0 ? streamId[..(dash + 1)] : "";
        var best = await ClosestAsync(store, streamId, prefix, count, ct);
        if (best.Count == 0 && prefix.Length > 0)
        {
            // A mistyped category ("acreditation-79887735"): look through every stream id.
            best = await ClosestAsync(store, streamId, "", count, ct);
        }

        return [.. best.Select(b => b.Id)];
    }

    private static async Task<List<(int Distance, string Id)>> ClosestAsync(IEventStore store, string streamId, string prefix, int count, CancellationToken ct)
    {
        var best = new List<(int Distance, string Id)>(count + 1);
        var limit = Math.Max(3, streamId.Length / 3);
        await foreach (var id in store.ListStreamIdsAsync(prefix, ct))
        {
            var distance = Distance(streamId, id, limit);
            if (distance <= limit && (best.Count < count || distance < best[^1].Distance))
            {
                best.Add((distance, id));
                best.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Id, b.Id));
                if (best.Count > count)
                {
                    best.RemoveAt(best.Count - 1);
                }
            }
        }

        return best;
    }

    /// <summary>The message for an unknown stream, with its suggestions.</summary>
    public static async Task<ReplayNotFoundException> NotFoundAsync(IEventStore store, string streamId, CancellationToken ct = default)
    {
        var close = await ForAsync(store, streamId, ct: ct);
        return new ReplayNotFoundException(close.Count == 0
            ? $"No stream '{streamId}' in the store, and none with a close id."
            : $"No stream '{streamId}' in the store. Did you mean: {string.Join(", ", close)}?");
    }

    // Levenshtein with an early exit once every cell of a row is over the limit.
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
