using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Odf;

/// <summary>
/// The producing sources and their API keys (configuration <c>Odf:Sources:&lt;Source&gt;:ApiKey</c>), checked through a
/// <see cref="KeyRing{T}"/>: digests compared in constant time against every source.
/// </summary>
internal sealed class OdfSourceKeys
{
    private readonly KeyRing<string> _keys;

    private OdfSourceKeys(KeyRing<string> keys) => _keys = keys;

    /// <summary>Reads and checks the sources; a blank, short or shared key stops the silo at start.</summary>
    public static OdfSourceKeys From(IConfiguration configuration) => new(KeyRing<string>.From("Odf:Sources", "Odf sources", "source",
        [.. configuration.GetSection("Odf:Sources").GetChildren().Select(s => (s.Key, (s["ApiKey"] ?? "").Trim(), s.Key))]));

    /// <summary>The source the presented key belongs to, or null when it belongs to none.</summary>
    public string? Authenticate(string? presented) => _keys.Authenticate(presented);
}
