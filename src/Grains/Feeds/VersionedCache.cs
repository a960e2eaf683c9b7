using System.Collections.Concurrent;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// Values computed once per (key, version) and shared: concurrent requests for a version not yet loaded wait for one
/// load, not one each. Each key keeps its <see cref="VersionsPerKey"/> highest versions (the tiers' embargoes make a
/// few recent versions current at once); older ones are dropped. A failed load is forgotten, so the next request tries again.
/// </summary>
/// <typeparam name="T">The cached value.</typeparam>
public sealed class VersionedCache<T>
{
    /// <summary>How many versions of one key are kept.</summary>
    public const int VersionsPerKey = 4;

    private readonly ConcurrentDictionary<string, List<(long Version, Lazy<Task<T>> Value)>> _byKey = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="key"/> at <paramref name="version"/>, loaded with <paramref name="load"/> unless cached.</summary>
    /// <remarks>The load runs without the caller's token (others may be waiting on it); the caller stops waiting when cancelled.</remarks>
    public async Task<T> GetAsync(string key, long version, Func<Task<T>> load, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var slots = _byKey.GetOrAdd(key, _ => []);
        Lazy<Task<T>> value;
        lock (slots)
        {
            var index = slots.FindIndex(s => s.Version == version);
            if (index >= 0)
            {
                value = slots[index].Value;
            }
            else
            {
                // Async, so a load that throws at once gives a faulted task (forgotten below), not a Lazy that rethrows for ever.
                value = new Lazy<Task<T>>(async () => await load());
                slots.Add((version, value));
                if (slots.Count > VersionsPerKey)
                {
                    slots.Remove(slots.MinBy(s => s.Version));
                }
            }
        }

        var task = value.Value;
        try
        {
            return await task.WaitAsync(ct);
        }
        catch (Exception) when (task.IsFaulted || task.IsCanceled)
        {
            lock (slots)
            {
                slots.RemoveAll(s => s.Value == value);
            }

            throw;
        }
    }

    /// <summary>Whether this version of the key is cached (loaded or loading).</summary>
    public bool Contains(string key, long version)
    {
        if (!_byKey.TryGetValue(key, out var slots))
        {
            return false;
        }

        lock (slots)
        {
            return slots.Exists(s => s.Version == version);
        }
    }
}
