using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// Short-lived tokens a feed consumer gets for its key (<c>POST /auth/token</c>) and puts in the query string of
/// <c>/feeds/sse</c> and <c>/feeds/ws</c>, which a browser cannot give headers. A token is
/// <c>base64url(consumer|expiry)</c>.<c>base64url(HMAC-SHA256)</c>, signed with <c>Auth:TokenSigningKey</c> (shared by
/// the silos of a cluster, so any silo accepts another's token) and valid for <c>Auth:TokenLifetime</c> (default 5
/// minutes) by the injected clock. It names no key, so a token in a proxy's log is worth minutes, not the Games.
/// </summary>
internal sealed class AccessTokens(byte[] signingKey, TimeSpan lifetime, TimeProvider time)
{
    public const string QueryParameter = "access_token";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    public TimeSpan Lifetime => lifetime;

    public static AccessTokens From(IConfiguration configuration, TimeProvider time)
    {
        var key = (configuration["Auth:TokenSigningKey"] ?? "").Trim();
        if (key.Length is > 0 and < 32)
        {
            throw new SiloStartupException("Auth:TokenSigningKey must have at least 32 characters.");
        }

        var lifetime = configuration.GetValue("Auth:TokenLifetime", DefaultLifetime);
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromHours(1))
        {
            throw new SiloStartupException($"Auth:TokenLifetime must be above zero and at most 01:00:00, not {lifetime}.");
        }

        // Without a configured key each silo signs with its own: tokens then work only on the silo that issued them.
        return new(key.Length > 0 ? Encoding.UTF8.GetBytes(key) : RandomNumberGenerator.GetBytes(32), lifetime, time);
    }

    /// <summary>A token for <paramref name="consumer"/> and the instant it expires.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(string consumer)
    {
        var expiresAt = time.GetUtcNow().Add(lifetime);
        var payload = Encoding.UTF8.GetBytes($"{consumer}|{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        return ($"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(signingKey, payload))}", DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    /// <summary>The consumer a token was issued to, or the reason it is refused.</summary>
    public (string? Consumer, string? Refusal) Read(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var payload = dot > 0 ? Decode(token[..dot]) : null;
        var signature = dot > 0 ? Decode(token[(dot + 1)..]) : null;
        if (payload is null || signature is null || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(signingKey, payload)))
        {
            return (null, $"The {QueryParameter} is not a token this cluster signed.");
        }

        var text = Encoding.UTF8.GetString(payload);
        var bar = text.LastIndexOf('|');
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(text[(bar + 1)..], CultureInfo.InvariantCulture));
        return time.GetUtcNow() >= expiresAt
            ? (null, $"The {QueryParameter} expired at {expiresAt:O}; exchange the key for a new one at POST /auth/token.")
            : (text[..bar], null);
    }

    private static byte[]? Decode(string text)
    {
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
