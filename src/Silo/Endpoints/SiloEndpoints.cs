using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Endpoints;

internal static class SiloEndpoints
{
    public static void MapSiloEndpoints(this WebApplication app)
    {
        app.Use(HttpSpanNames.Enrich);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RequestActor.Flow);
        app.UseWebSockets();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapVenueEndpoints();
        app.MapAccreditationEndpoints();
        app.MapSessionEndpoints();
        app.MapAthleteEndpoints();
        app.MapOdfEndpoints();
        app.MapOdfRefusalEndpoints();
        app.MapDisciplineEndpoints();
        app.MapFeedEndpoints();
        app.MapResultSnapshotEndpoints();
        app.MapFeedSocketEndpoints();
        app.MapClusterEndpoints();
        if (app.Services.GetRequiredService<OrleansSettings>().Dashboard)
        {
            app.MapDashboardEndpoints();
        }
    }
}
