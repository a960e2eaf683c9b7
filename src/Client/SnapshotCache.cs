using System.Collections.Concurrent;

namespace Olympics.Orleans.Client;

/// <summary>The last snapshot read of each document, revalidated with If-None-Match.</summary>
internal sealed class SnapshotCache
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _byKey = new(StringComparer.Ordinal);

    public DocumentSnapshot? Get(string key) => _byKey.TryGetValue(key, out var snapshot) ? snapshot : null;

    public void Put(string key, DocumentSnapshot snapshot) => _byKey[key] = snapshot;

    public void Remove(string key) => _byKey.TryRemove(key, out _);
}
