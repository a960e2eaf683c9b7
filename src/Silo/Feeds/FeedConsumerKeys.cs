using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// The feed consumers (<c>Feeds:Consumers:&lt;Name&gt;</c> with ApiKey, Tier and optional Disciplines). Keys are kept as
/// digests and every consumer is compared, whatever the outcome, so timing tells a caller nothing.
/// </summary>
internal sealed class FeedConsumerKeys
{
    private readonly (FeedConsumer Consumer, byte[] Digest)[] _consumers;

    private FeedConsumerKeys((FeedConsumer, byte[])[] consumers) => _consumers = consumers;

    public static FeedConsumerKeys From(IConfiguration configuration)
    {
        var sections = configuration.GetSection("Feeds:Consumers").GetChildren().ToArray();
        var keys = sections.Select(s => (s.Key, ApiKey: (s["ApiKey"] ?? "").Trim())).ToArray();
        if (keys.FirstOrDefault(k => k.ApiKey.Length < ApiKeyDigest.MinKeyLength) is { Key: { } weak })
        {
            throw new SiloStartupException($"Feeds:Consumers:{weak}:ApiKey must have at least {ApiKeyDigest.MinKeyLength} characters.");
        }

        if (keys.GroupBy(k => k.ApiKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            throw new SiloStartupException($"Feed consumers {string.Join(", ", shared.Select(k => k.Key))} share one ApiKey; each consumer needs its own.");
        }

        return new([.. sections.Zip(keys, (s, k) => (Consumer(s), ApiKeyDigest.Of(k.ApiKey)))]);
    }

    public bool Exists(string name) => _consumers.Any(c => c.Consumer.Name == name);

    /// <summary>The consumer the presented key belongs to, or null.</summary>
    public FeedConsumer? Authenticate(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var digest = ApiKeyDigest.Of(presented);
        FeedConsumer? match = null;
        foreach (var (consumer, expected) in _consumers)
        {
            if (ApiKeyDigest.Matches(digest, expected))
            {
                match = consumer;
            }
        }

        return match;
    }

    private static FeedConsumer Consumer(IConfigurationSection section)
    {
        if (!Enum.TryParse<FeedTier>(section["Tier"], ignoreCase: true, out var tier) || !Enum.IsDefined(tier))
        {
            throw new SiloStartupException($"Feeds:Consumers:{section.Key}:Tier must be Cis or Feed, not '{section["Tier"]}'.");
        }

        var disciplines = section.GetSection("Disciplines").GetChildren().Select(d => (d.Value ?? "").Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (disciplines.FirstOrDefault(d => d.Length != 3 || !d.All(char.IsAsciiLetterUpper)) is { } bad)
        {
            throw new SiloStartupException($"Feeds:Consumers:{section.Key}:Disciplines has '{bad}'; a discipline is a 3-letter code such as ATH.");
        }

        return new FeedConsumer(section.Key, tier, disciplines);
    }
}
