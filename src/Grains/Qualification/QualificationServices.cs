using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Processes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Qualification;

/// <summary>Registers the qualification process and its options (section "Qualification").</summary>
public static class QualificationServices
{
    public static IServiceCollection AddQualification(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QualificationOptions>(configuration.GetSection("Qualification"));
        services.AddProjection<SessionCatalog>();
        services.AddSingleton<QualificationSteps>();
        services.AddLeadProcess<QualificationProcess>("qualification");
        return services;
    }
}
