using System.Security.Cryptography;
using System.Text;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>API keys kept as SHA-256 digests and compared in constant time (as <c>OdfSourceKeys</c> does for sources).</summary>
internal static class ApiKeyDigest
{
    public const int MinKeyLength = 16;

    public static byte[] Of(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(byte[] presented, byte[] expected) => CryptographicOperations.FixedTimeEquals(presented, expected);
}
