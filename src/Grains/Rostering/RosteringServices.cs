using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>Registers what roster grains need: the silo's solver slots (settings <c>Rostering:ConcurrentPlans</c>, <c>Rostering:SolverWorkers</c>).</summary>
public static class RosteringServices
{
    public static IServiceCollection AddRostering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var plans = configuration.GetValue("Rostering:ConcurrentPlans", 1);
        var workers = configuration.GetValue("Rostering:SolverWorkers", 2);
        if (plans < 1 || workers < 1)
        {
            throw new InvalidOperationException("Rostering:ConcurrentPlans and Rostering:SolverWorkers must be 1 or more.");
        }

        return services.AddSingleton(new SolverSlots(plans, workers));
    }
}
