namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>
/// The X-API-KEY the target expects from each Source: one key for every source (<c>--api-key</c>, a target configured
/// with one rehearsal key) or one per source (<c>--source-key SEQ_ATH=KEY</c>, repeated).
/// </summary>
internal sealed class ReplayKeys
{
    private readonly string? _all;
    private readonly Dictionary<string, string> _bySource;

    private ReplayKeys(string? all, Dictionary<string, string> bySource) => (_all, _bySource) = (all, bySource);

    public string? KeyOf(string source) => _all ?? _bySource.GetValueOrDefault(source);

    /// <exception cref="ReplayUsageException">Neither or both forms, or a --source-key that is not SOURCE=KEY.</exception>
    public static ReplayKeys From(string? apiKey, IReadOnlyList<string>? sourceKeys)
    {
        var pairs = sourceKeys ?? [];
        if ((apiKey is { Length: > 0 }) == (pairs.Count > 0))
        {
            throw new ReplayUsageException("api-key", "give either --api-key KEY (one key for every source) or --source-key SOURCE=KEY for each source, not both.");
        }

        var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new ReplayUsageException("source-key", $"expected SOURCE=KEY (e.g. SEQ_ATH=rehearsal-key), not '{pair}'.");
            }

            bySource[pair[..equals]] = pair[(equals + 1)..];
        }

        return new ReplayKeys(apiKey is { Length: > 0 } ? apiKey : null, bySource);
    }

    /// <summary>The sources of <paramref name="sources"/> that have no key.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> sources) => [.. sources.Where(s => KeyOf(s) is null)];
}
