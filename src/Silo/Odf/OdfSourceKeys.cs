using System.Security.Cryptography;
using System.Text;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Odf;

/// <summary>
/// The producing sources and their API keys (configuration <c>Odf:Sources:&lt;Source&gt;:ApiKey</c>). Keys are kept as
/// SHA-256 digests and compared in constant time against every source, so neither timing nor length tells a caller
/// how close a guess was.
/// </summary>
internal sealed class OdfSourceKeys
{
    private const int MinKeyLength = 16;
    private readonly (string Source, byte[] Digest)[] _sources;

    private OdfSourceKeys((string, byte[])[] sources) => _sources = sources;

    /// <summary>Reads and checks the sources; a blank, short or shared key stops the silo at start.</summary>
    public static OdfSourceKeys From(IConfiguration configuration)
    {
        var sources = configuration.GetSection("Odf:Sources").GetChildren()
            .Select(s => (Source: s.Key, ApiKey: (s["ApiKey"] ?? "").Trim()))
            .ToArray();
        if (sources.FirstOrDefault(s => s.ApiKey.Length < MinKeyLength) is { Source: { } weak })
        {
            throw new SiloStartupException($"Odf:Sources:{weak}:ApiKey must have at least {MinKeyLength} characters.");
        }

        if (sources.GroupBy(s => s.ApiKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            throw new SiloStartupException($"Odf sources {string.Join(", ", shared.Select(s => s.Source))} share one ApiKey; each source needs its own.");
        }

        return new([.. sources.Select(s => (s.Source, Digest(s.ApiKey)))]);
    }

    /// <summary>The source the presented key belongs to, or null when it belongs to none.</summary>
    public string? Authenticate(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var digest = Digest(presented);
        string? match = null;
        foreach (var (source, expected) in _sources)
        {
            // No early exit: every source is compared whatever the outcome.
            if (CryptographicOperations.FixedTimeEquals(digest, expected))
            {
                match = source;
            }
        }

        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
