using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Registers the embargoed snapshots: session results, the medal table, session and athlete views (needs a <see cref="FeedEmbargo"/>).</summary>
public static class ResultSnapshotServices
{
    /// <summary>Adds the document index, the session and athlete version times, the parsed-document cache and the snapshot readers.</summary>
    public static IServiceCollection AddResultSnapshots(this IServiceCollection services)
    {
        services.AddProjection<OdfDocumentIndex>();
        services.AddProjection<SessionVersionTimes>();
        services.AddProjection<SessionCatalog>();
        services.AddSingleton<ParsedOdfDocuments>();
        services.AddSingleton<SessionResultSnapshots>();
        services.AddSingleton<MedalSnapshots>();
        services.AddSingleton<EmbargoedSessions>();
        services.AddProjection<AthleteVersionTimes>();
        services.AddProjection<AthleteDirectory>();
        services.AddSingleton<EmbargoedAthletes>();
        return services;
    }
}
