using System.Net;
using Npgsql;
using Olympics.Orleans.Grains.Processes;
using Orleans.Configuration;

namespace Olympics.Orleans.Silo.Hosting.Clustering;

/// <summary>Joins the silo to its cluster: this one silo on localhost, or the silos of one ClusterId on PostgreSQL.</summary>
internal static class ClusteringHosting
{
    public static void UseClustering(this ISiloBuilder silo, IConfiguration configuration, OrleansSettings ports)
    {
        var store = StoreSettings.From(configuration);
        var cluster = ClusterSettings.From(configuration, store);
        silo.Services.AddSingleton(cluster);
        if (!cluster.OnPostgres)
        {
            silo.UseLocalhostClustering(ports.SiloPort, ports.GatewayPort);
            return;
        }

        // The processes that run once in the cluster (ODF apply, qualification, partner push) run where the lease is.
        silo.Services.AddSingleton<IProcessLeadership, PostgresProcessLeadership>();
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        silo.Configure<EndpointOptions>(o =>
        {
            o.SiloPort = ports.SiloPort;
            o.GatewayPort = ports.GatewayPort;
            if (cluster.AdvertisedAddress is { } address)
            {
                o.AdvertisedIPAddress = address;
                // A silo advertising a routable address listens on every interface; one on loopback on loopback only.
                var listen = IPAddress.IsLoopback(address) ? address : IPAddress.Any;
                o.SiloListeningEndpoint = new IPEndPoint(listen, ports.SiloPort);
                o.GatewayListeningEndpoint = new IPEndPoint(listen, ports.GatewayPort);
            }
        });
        // Orleans' provider reads its queries from the OrleansQuery table by that bare name: its connections search
        // the event store's schema, where MembershipSchema put it. Their own pool keeps the membership's heartbeats
        // from queueing behind the event log's connections.
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = new NpgsqlConnectionStringBuilder(store.ConnectionString)
            {
                SearchPath = store.Schema,
                ApplicationName = "olympics-membership",
            }.ConnectionString;
        });
        silo.Configure<ClusterMembershipOptions>(FailureDetection.Apply);
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection("Orleans:Membership"));
    }

    /// <summary>Creates or updates the membership tables and queries before Orleans reads them.</summary>
    public static async Task ApplyMembershipSchemaAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<ClusterSettings>() is not { OnPostgres: true })
        {
            return;
        }

        var store = services.GetRequiredService<StoreSettings>();
        await using var dataSource = NpgsqlDataSource.Create(store.ConnectionString!);
        await MembershipSchema.ApplyAsync(dataSource, store.Schema, ct);
    }
}
