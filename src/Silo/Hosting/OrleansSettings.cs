using System.Net;
using System.Net.Sockets;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// The Orleans part of the silo (section "Orleans"): its ports, call timeout, idle collection and whether it serves the
/// dashboard. The embedded default is one silo on localhost clustering.
/// </summary>
internal sealed record OrleansSettings(
    int SiloPort, int GatewayPort, TimeSpan ResponseTimeout, TimeSpan CollectionAge, TimeSpan CollectionQuantum, bool Dashboard)
{
    public static OrleansSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Orleans");
        var settings = new OrleansSettings(
            section.GetValue("SiloPort", 11111),
            section.GetValue("GatewayPort", 30000),
            section.GetValue("ResponseTimeout", TimeSpan.FromSeconds(30)),
            section.GetValue("CollectionAge", TimeSpan.FromMinutes(15)),
            section.GetValue("CollectionQuantum", TimeSpan.FromMinutes(1)),
            section.GetValue("Dashboard", true));
        Check(settings.SiloPort is > 0 and < 65536, $"Orleans:SiloPort {settings.SiloPort} is not a port number (1-65535).");
        Check(settings.GatewayPort is > 0 and < 65536, $"Orleans:GatewayPort {settings.GatewayPort} is not a port number (1-65535).");
        Check(settings.GatewayPort != settings.SiloPort, $"Orleans:GatewayPort and Orleans:SiloPort are both {settings.SiloPort}.");
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
