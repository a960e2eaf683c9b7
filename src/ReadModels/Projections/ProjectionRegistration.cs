using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>Registers read models with the host that keeps them current.</summary>
public static class ProjectionRegistration
{
    /// <summary>Registers <typeparamref name="TProjection"/> as a singleton, fed by the <see cref="ProjectionHost"/>; registering it again changes nothing.</summary>
    public static IServiceCollection AddProjection<TProjection>(this IServiceCollection services) where TProjection : Projection
    {
        // Idempotent: features that share a read model may each register it, and it must still run once.
        if (services.Any(d => d.ServiceType == typeof(TProjection)))
        {
            return services;
        }

        services.AddSingleton<TProjection>();
        services.AddSingleton<Projection>(sp => sp.GetRequiredService<TProjection>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProjectionHost>());
        return services;
    }
}
