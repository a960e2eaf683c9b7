using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Runtime.Projections;

namespace Olympics.Orleans.Silo.Feeds;

internal static class FeedServices
{
    /// <summary>Adds the results feeds: consumers and their keys (<c>Feeds</c>), the admin key, reader, snapshots, revocations, limits.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        var options = FeedOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new FeedEmbargo(options.FeedDelay));
        services.AddSingleton(FeedConsumerKeys.From(configuration));
        services.AddSingleton(AdminKey.From(configuration));
        services.AddSingleton<FeedAccess>();
        services.AddSingleton<FeedStreamWatch>();
        services.AddSingleton<SseSession>();
        services.AddSingleton<WebSocketSession>();
        services.AddSingleton<FeedLimits>();
        services.AddSingleton<FeedReader>();
        services.AddSingleton<FeedSnapshots>();
        services.AddSingleton<FeedConsumerRevoker>();
        services.AddProjection<FeedRevocations>();
        return services;
    }
}
