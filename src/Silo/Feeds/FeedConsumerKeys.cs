using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>
/// The feed consumers (<c>Feeds:Consumers:&lt;Name&gt;</c> with ApiKey, Tier and optional Disciplines and Sessions).
/// Keys are kept as digests in a <see cref="KeyRing{T}"/>: every consumer is compared, whatever the outcome, so timing
/// tells a caller nothing.
/// </summary>
internal sealed class FeedConsumerKeys
{
    private readonly KeyRing<FeedConsumer> _keys;

    private FeedConsumerKeys(KeyRing<FeedConsumer> keys) => _keys = keys;

    public static FeedConsumerKeys From(IConfiguration configuration) => new(KeyRing<FeedConsumer>.From("Feeds:Consumers", "Feed consumers", "consumer",
        [.. configuration.GetSection("Feeds:Consumers").GetChildren().Select(s => (s.Key, (s["ApiKey"] ?? "").Trim(), Consumer(s)))]));

    public bool Exists(string name) => Find(name) is not null;

    /// <summary>The consumer configured under <paramref name="name"/>, or null.</summary>
    public FeedConsumer? Find(string name) => _keys.Owners.FirstOrDefault(c => c.Name == name);

    /// <summary>The consumer an authenticated caller is; the feed routes' policy (<c>SiloPolicies.FeedConsumer</c>) admits no other.</summary>
    public FeedConsumer Of(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Auth.SiloRoles.Consumer) && user.Identity?.Name is { } name && Find(name) is { } consumer
            ? consumer
            : throw new InvalidOperationException("A feed route ran for a caller that is not a feed consumer: it lacks RequireAuthorization(SiloPolicies.FeedConsumer).");

    /// <summary>The consumer the presented key belongs to, or null.</summary>
    public FeedConsumer? Authenticate(string? presented) => _keys.Authenticate(presented);

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

        var sessions = section.GetSection("Sessions").GetChildren().Select(d => (d.Value ?? "").Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (sessions.FirstOrDefault(s => !FeedStreamId.TryParse($"{FeedStreamId.SessionNamespace}/{s}", out _, out _)) is { } badSession)
        {
            throw new SiloStartupException($"Feeds:Consumers:{section.Key}:Sessions has '{badSession}'; a session is a code such as ATH01.");
        }

        return new FeedConsumer(section.Key, tier, disciplines) { Sessions = sessions };
    }
}
