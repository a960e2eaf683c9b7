namespace Olympics.Orleans.Silo.Odf;

internal static class OdfIngestServices
{
    /// <summary>Adds the producing sources' API keys from <c>Odf:Sources</c>.</summary>
    public static IServiceCollection AddOdfIngest(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(OdfSourceKeys.From(configuration));
}
