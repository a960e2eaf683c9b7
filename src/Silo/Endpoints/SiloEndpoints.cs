using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Silo.OpenApi;

namespace Olympics.Orleans.Silo.Endpoints;

internal static class SiloEndpoints
{
    public static void MapSiloEndpoints(this WebApplication app)
    {
        app.Use(HttpSpanNames.Enrich);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(RequestActor.Flow);
        app.UseWebSockets();
        app.Use(Validation.RequestJson.LimitBody);
        app.MapSiloOpenApi();
        app.MapHealthChecks(HealthDescription.Live, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(HealthDescription.Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
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
        app.MapAuthEndpoints();
        app.MapRosterEndpoints();
        if (app.Services.GetRequiredService<OrleansSettings>().Dashboard)
        {
            app.MapDashboardEndpoints();
        }
    }
}
