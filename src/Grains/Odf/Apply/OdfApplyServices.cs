using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Processes;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// Registers the ODF apply process and its options (section "OdfApply"), only when OdfApply:Enabled is not false; and
/// always the read model of its refusals, which the operators read on any silo.
/// </summary>
public static class OdfApplyServices
{
    public static IServiceCollection AddOdfApply(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProjection<OdfRefusals>();
        var section = configuration.GetSection("OdfApply");
        if (!section.GetValue("Enabled", true))
        {
            return services;
        }

        services.Configure<OdfApplyOptions>(section);
        services.AddProjection<SessionCatalog>();
        services.AddSingleton<OdfApplySteps>();
        services.AddLeadProcess<OdfApplyProcess>("odf-apply");
        return services;
    }
}
