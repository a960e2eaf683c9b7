using Olympics.Orleans.Silo.Auth;

namespace Olympics.Orleans.Silo.Odf;

internal static class OdfIngestServices
{
    /// <summary>Adds the producing sources' API keys from <c>Odf:Sources</c> (one of the silo's <see cref="RoleKeys"/>).</summary>
    public static IServiceCollection AddOdfIngest(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(RoleKeys.From(configuration, "Odf:Sources", SiloRoles.Source, "Odf sources"));
}
