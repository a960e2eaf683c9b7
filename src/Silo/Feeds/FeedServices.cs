using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Silo.Feeds;

internal static class FeedServices
{
    /// <summary>
    /// Adds the results feeds: consumers and their keys (<c>Feeds</c>), the admin key, the hub that serves SSE and
    /// WebSocket streams, the delivery recorder, the reader (push), snapshots, revocations, limits.
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        var options = FeedOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new FeedEmbargo(options.FeedDelay));
        services.AddSingleton(FeedConsumerKeys.From(configuration));
        services.AddSingleton(AdminKey.From(configuration));
        services.AddSingleton<FeedAccess>();
        services.AddSingleton(sp => new FeedStreamWatch(sp.GetRequiredService<FeedAccess>().IsRevoked, options, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService(sp => sp.GetRequiredService<FeedStreamWatch>());
        services.AddSingleton<SseSession>();
        services.AddSingleton<WebSocketSession>();
        services.AddSingleton<FeedLimits>();
        services.AddSingleton<FeedReader>();
        services.AddSingleton(options.Window);
        services.AddProjection<SessionCatalog>();
        services.AddSingleton(sp => new FeedDocumentSessions(sp.GetRequiredService<SessionCatalog>()));
        services.AddSingleton<FeedDecoder>();
        services.AddSingleton<FeedHub>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedHub>());
        services.AddSingleton(options.Delivery);
        services.AddSingleton<FeedDeliveryRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedDeliveryRecorder>());
        services.AddSingleton<FeedSnapshots>();
        services.AddSingleton<FeedConsumerRevoker>();
        services.AddProjection<FeedRevocations>();
        return services;
    }
}
