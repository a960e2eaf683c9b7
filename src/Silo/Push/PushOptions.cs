using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Push;

/// <summary>A partner that receives every message it may see by HTTP POST.</summary>
internal sealed record PushPartner(FeedConsumer Consumer, Uri Url, string ApiKey)
{
    public string Name => Consumer.Name;
}

/// <summary>The <c>Push</c> settings: <c>Partners:&lt;Name&gt;</c> (Url, ApiKey, Tier, Disciplines), RetryInterval, CoalesceWindow.</summary>
internal sealed class PushOptions
{
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan CoalesceWindow { get; init; } = TimeSpan.FromMilliseconds(250);

    public IReadOnlyList<PushPartner> Partners { get; init; } = [];

    public static PushOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Push");
        var options = new PushOptions
        {
            RetryInterval = section.GetValue("RetryInterval", TimeSpan.FromSeconds(5)),
            CoalesceWindow = section.GetValue("CoalesceWindow", TimeSpan.FromMilliseconds(250)),
            Partners = [.. section.GetSection("Partners").GetChildren().Select(Partner)],
        };
        Require(options.RetryInterval > TimeSpan.Zero, "Push:RetryInterval must be positive.");
        Require(options.CoalesceWindow >= TimeSpan.Zero, "Push:CoalesceWindow must not be negative.");
        return options;
    }

    private static PushPartner Partner(IConfigurationSection section)
    {
        var name = section.Key;
        Require(name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'),
            $"Push:Partners:{name} must be named with letters, digits, '_' or '.'.");
        Require(Uri.TryCreate(section["Url"], UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps),
            $"Push:Partners:{name}:Url must be an absolute http(s) URL.");
        var key = (section["ApiKey"] ?? "").Trim();
        Require(key.Length > 0, $"Push:Partners:{name}:ApiKey is missing.");
        Require(Enum.TryParse<FeedTier>(section["Tier"], ignoreCase: true, out var tier) && Enum.IsDefined(tier),
            $"Push:Partners:{name}:Tier must be Cis or Feed, not '{section["Tier"]}'.");
        var disciplines = section.GetSection("Disciplines").GetChildren().Select(d => (d.Value ?? "").Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        Require(disciplines.All(d => d.Length == 3 && d.All(char.IsAsciiLetterUpper)),
            $"Push:Partners:{name}:Disciplines must be 3-letter codes such as ATH.");
        return new PushPartner(new FeedConsumer(name, tier, disciplines), url!, key);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new SiloStartupException(message);
        }
    }
}
