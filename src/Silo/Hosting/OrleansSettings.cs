using System.Net;
using System.Net.Sockets;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// The Orleans part of the silo (section "Orleans"): its ports, call timeout, idle collection and whether it serves the
/// dashboard. The embedded default is one silo on localhost clustering.
/// </summary>
internal sealed record OrleansSettings(
    int SiloPort, int GatewayPort, TimeSpan ResponseTimeout, TimeSpan CollectionAge, TimeSpan CollectionQuantum, bool Dashboard, int? PrimarySiloPort = null)
{
    /// <summary>The primary silo's endpoint of a development cluster on this host, or null for a silo of its own.</summary>
    public IPEndPoint? PrimarySilo => PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;

    public static OrleansSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Orleans");
        var settings = new OrleansSettings(
            section.GetValue("SiloPort", 11111),
            section.GetValue("GatewayPort", 30000),
            section.GetValue("ResponseTimeout", TimeSpan.FromSeconds(30)),
            section.GetValue("CollectionAge", TimeSpan.FromMinutes(15)),
            section.GetValue("CollectionQuantum", TimeSpan.FromMinutes(1)),
            section.GetValue("Dashboard", true),
            section.GetValue<int?>("PrimarySiloPort"));
        Check(settings.SiloPort is > 0 and < 65536, $"Orleans:SiloPort {settings.SiloPort} is not a port number (1-65535).");
        Check(settings.GatewayPort is > 0 and < 65536, $"Orleans:GatewayPort {settings.GatewayPort} is not a port number (1-65535).");
        Check(settings.GatewayPort != settings.SiloPort, $"Orleans:GatewayPort and Orleans:SiloPort are both {settings.SiloPort}.");
        Check(settings.PrimarySiloPort is null or (> 0 and < 65536), $"Orleans:PrimarySiloPort {settings.PrimarySiloPort} is not a port number (1-65535).");
        Check(settings.PrimarySiloPort is null || StoreSettings.From(configuration).Kind != StoreSettings.Memory,
            "Orleans:PrimarySiloPort joins a cluster, whose silos share one event log: set Store=postgres and ConnectionStrings:EventStore.");
        Check(settings.ResponseTimeout > TimeSpan.Zero, "Orleans:ResponseTimeout must be positive.");
        Check(settings.CollectionAge >= TimeSpan.FromMinutes(1), "Orleans:CollectionAge must be at least 00:01:00 (Orleans' minimum).");
        Check(settings.CollectionQuantum > TimeSpan.Zero, "Orleans:CollectionQuantum must be positive.");
        return settings;
    }

    /// <summary>
    /// Fails when another process listens on a silo port. Orleans binds its ports with address reuse, so on Linux a
    /// second silo on a taken port starts without error and the two split the connections between them.
    /// </summary>
    public void CheckPortsFree()
    {
        foreach (var (name, port) in new[] { ("Orleans:SiloPort", SiloPort), ("Orleans:GatewayPort", GatewayPort) })
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            }
            catch (SocketException e)
            {
                throw new SiloStartupException($"{name} {port} is in use by another process ({e.SocketErrorCode}); choose a free port.", e);
            }
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new SiloStartupException(message);
        }
    }
}
