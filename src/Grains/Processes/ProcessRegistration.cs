using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Olympics.Orleans.Grains.Processes;

/// <summary>Registers processes that run once in the cluster, on the silo that leads them.</summary>
public static class ProcessRegistration
{
    public static IServiceCollection AddLeadProcess<TProcess>(this IServiceCollection services, string name) where TProcess : IHostedService
    {
        services.TryAddSingleton<IProcessLeadership, SoleSiloLeadership>();
        services.AddSingleton<IHostedService>(sp => new LeadProcessHost(
            name, () => ActivatorUtilities.CreateInstance<TProcess>(sp), sp.GetRequiredService<IProcessLeadership>(),
            sp.GetRequiredService<ILogger<LeadProcessHost>>()));
        return services;
    }
}
