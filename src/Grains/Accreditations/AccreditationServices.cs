using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Accreditations.Import;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>Registers the accreditation read model (gate checks, lists) and the CSV importer.</summary>
public static class AccreditationServices
{
    /// <summary>Adds <see cref="AccreditationsView"/> as a projection and <see cref="AccreditationImporter"/>.</summary>
    public static IServiceCollection AddAccreditations(this IServiceCollection services)
    {
        services.AddProjection<AccreditationsView>();
        services.AddSingleton<AccreditationImporter>();
        return services;
    }
}
