using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Grains.Qualification;
using Olympics.Orleans.Grains.Rostering;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.Venues;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Silo.Hosting;

internal static class SiloServices
{
    public static void AddSiloServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddEventStore(StoreSettings.From(builder.Configuration));
        builder.AddOrleansSilo();
        services.AddAccreditations();
        services.AddRostering(builder.Configuration);
        services.AddQualification(builder.Configuration);
        Odf.OdfApplySettings.From(builder.Configuration);
        services.AddOdfApply(builder.Configuration);
        services.AddSingleton<Games.GamesLoader>();
        services.AddProjection<SessionCatalog>();
        services.AddProjection<AthleteDirectory>();
        services.AddProjection<VenueDirectory>();
        Odf.OdfIngestServices.AddOdfIngest(services, builder.Configuration);
        Feeds.FeedServices.AddFeeds(services, builder.Configuration);
        Auth.AuthServices.AddSiloAuth(services, builder.Configuration);
        services.AddResultSnapshots().AddSingleton<Endpoints.SnapshotBodies>();
        Push.PushServices.AddPush(services, builder.Configuration);
        services.AddSiloTelemetry(builder.Configuration);
        services.AddHealthChecks()
            .AddCheck<EventStoreHealthCheck>("event-store", tags: ["ready"])
            .AddCheck<ReadModelsHealthCheck>("read-models", tags: ["ready"]);
        services.Configure<ProjectionHostOptions>(builder.Configuration.GetSection("ReadModels"));
        services.AddProblemDetails();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        OpenApi.OpenApiSetup.AddSiloOpenApi(services);
        Validation.RequestJson.AddRequestValidation(services, builder.Configuration);
    }
}
