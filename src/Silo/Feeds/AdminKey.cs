using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>The operators' key (<c>Admin:ApiKey</c>); with none configured, no caller is an operator.</summary>
internal sealed class AdminKey(byte[]? digest)
{
    public static AdminKey From(IConfiguration configuration)
    {
        var key = (configuration["Admin:ApiKey"] ?? "").Trim();
        if (key.Length is > 0 and < ApiKeyDigest.MinKeyLength)
        {
            throw new SiloStartupException($"Admin:ApiKey must have at least {ApiKeyDigest.MinKeyLength} characters.");
        }

        return new AdminKey(key.Length == 0 ? null : ApiKeyDigest.Of(key));
    }

    public bool Accepts(string? presented) =>
        digest is not null && !string.IsNullOrEmpty(presented) && ApiKeyDigest.Matches(ApiKeyDigest.Of(presented), digest);
}
