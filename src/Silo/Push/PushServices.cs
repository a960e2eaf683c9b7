using Olympics.Orleans.Grains.Processes;

namespace Olympics.Orleans.Silo.Push;

internal static class PushServices
{
    /// <summary>Adds ODF push to the partners of <c>Push:Partners</c> (none: nothing runs).</summary>
    public static IServiceCollection AddPush(this IServiceCollection services, IConfiguration configuration)
    {
        var options = PushOptions.From(configuration);
        services.AddSingleton(options);
        if (options.Partners.Count > 0)
        {
            services.AddLeadProcess<PushService>("partner-push");
        }

        return services;
    }
}
