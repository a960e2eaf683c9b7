using Olympics.Orleans.Silo.Feeds;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// API keys of named callers (ODF sources, feed consumers), kept as SHA-256 digests and compared in constant time
/// against every entry with no early exit, so neither timing nor length tells a caller how close a guess was.
/// </summary>
/// <typeparam name="T">What a key identifies: a source name, a consumer.</typeparam>
internal sealed class KeyRing<T> where T : class
{
    private readonly (T Owner, byte[] Digest)[] _entries;

    private KeyRing((T, byte[])[] entries) => _entries = entries;

    /// <summary>
    /// Checks the keys (each at least <see cref="ApiKeyDigest.MinKeyLength"/> characters, none shared) and keeps their
    /// digests; a bad key stops the silo at start, naming the setting under <paramref name="section"/>.
    /// </summary>
    public static KeyRing<T> From(string section, string owners, string owner, IReadOnlyList<(string Name, string ApiKey, T Owner)> keys)
    {
        if (keys.FirstOrDefault(k => k.ApiKey.Length < ApiKeyDigest.MinKeyLength) is { Name: { } weak })
        {
            throw new SiloStartupException($"{section}:{weak}:ApiKey must have at least {ApiKeyDigest.MinKeyLength} characters.");
        }

        if (keys.GroupBy(k => k.ApiKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            throw new SiloStartupException($"{owners} {string.Join(", ", shared.Select(k => k.Name))} share one ApiKey; each {owner} needs its own.");
        }

        return new([.. keys.Select(k => (k.Owner, ApiKeyDigest.Of(k.ApiKey)))]);
    }

    /// <summary>Every owner, in configuration order.</summary>
    public IEnumerable<T> Owners => _entries.Select(e => e.Owner);

    /// <summary>The owner of the presented key, or null when it belongs to none.</summary>
    public T? Authenticate(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var digest = ApiKeyDigest.Of(presented);
        T? match = null;
        foreach (var (owner, expected) in _entries)
        {
            if (ApiKeyDigest.Matches(digest, expected))
            {
                match = owner;
            }
        }

        return match;
    }
}
