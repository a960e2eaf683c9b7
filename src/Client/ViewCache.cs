using System.Collections.Concurrent;

namespace Olympics.Orleans.Client;

/// <summary>The last snapshot read of each view (by path), revalidated with If-None-Match.</summary>
internal sealed class ViewCache<T>
{
    private readonly ConcurrentDictionary<string, ViewSnapshot<T>> _byPath = new(StringComparer.Ordinal);

    public ViewSnapshot<T>? Get(string path) => _byPath.TryGetValue(path, out var snapshot) ? snapshot : null;

    public void Put(string path, ViewSnapshot<T> snapshot) => _byPath[path] = snapshot;

    public void Remove(string path) => _byPath.TryRemove(path, out _);
}
