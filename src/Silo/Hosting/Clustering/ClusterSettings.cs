using System.Net;

namespace Olympics.Orleans.Silo.Hosting.Clustering;

/// <summary>
/// How the silo finds the others (section "Orleans"): <c>Membership:Store=localhost</c>, the embedded default, is a
/// cluster of this one silo; <c>Membership:Store=postgres</c> keeps the membership in the event store's PostgreSQL, so
/// silos that share <c>ClusterId</c> and the database form one cluster. (Orleans itself reads <c>Orleans:Clustering</c>
/// as a provider section, hence the name.) <c>AdvertisedAddress</c> is the address the other silos
/// reach this one at (Orleans picks one of the host's addresses when it is unset).
/// </summary>
internal sealed record ClusterSettings(string Kind, string ClusterId, string ServiceId, IPAddress? AdvertisedAddress)
{
    public const string Localhost = "localhost";
    public const string Postgres = "postgres";

    public bool OnPostgres => Kind == Postgres;

    public static ClusterSettings From(IConfiguration configuration, StoreSettings store)
    {
        var section = configuration.GetSection("Orleans");
        var kind = (section["Membership:Store"] ?? Localhost).Trim().ToLowerInvariant();
        if (kind is not (Localhost or Postgres))
        {
            throw new SiloStartupException($"Orleans:Membership:Store must be '{Localhost}' or '{Postgres}', not '{section["Membership:Store"]}'.");
        }

        if (kind == Postgres && store.Kind != StoreSettings.Postgres)
        {
            throw new SiloStartupException("Orleans:Membership:Store=postgres keeps the membership beside the event log: set Store=postgres and ConnectionStrings:EventStore.");
        }

        IPAddress? advertised = null;
        if (section["AdvertisedAddress"] is { Length: > 0 } text && !IPAddress.TryParse(text, out advertised))
        {
            throw new SiloStartupException($"Orleans:AdvertisedAddress '{text}' is not an IP address.");
        }

        return new ClusterSettings(kind, Id(section, "ClusterId"), Id(section, "ServiceId"), advertised);
    }

    private static string Id(IConfigurationSection section, string name)
    {
        var value = section[name] ?? "olympics";
        return string.IsNullOrWhiteSpace(value) || value.Length > 150
            ? throw new SiloStartupException($"Orleans:{name} must be 1 to 150 characters, not '{value}'.")
            : value;
    }
}
