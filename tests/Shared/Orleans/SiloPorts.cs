using Orleans.TestingHost;

namespace Olympics.Orleans.Testing;

/// <summary>
/// Silo and gateway ports for silos that tests start on real sockets. Orleans' test allocator checks the ports are free,
/// remembers the ones it handed out in this process and serializes allocation across processes, since a silo binds
/// its ports with address reuse and a clash would not fail but split the traffic.
/// </summary>
public static class SiloPorts
{
    private static readonly TestClusterPortAllocator _allocator = new();

    /// <summary>A free silo port and a free gateway port.</summary>
    public static (int Silo, int Gateway) Allocate() => _allocator.AllocateConsecutivePortPairs(1);

    /// <summary>The command-line arguments that put a silo on freshly allocated ports.</summary>
    public static string[] Arguments()
    {
        var (silo, gateway) = Allocate();
        return [$"--Orleans:SiloPort={silo}", $"--Orleans:GatewayPort={gateway}"];
    }
}
