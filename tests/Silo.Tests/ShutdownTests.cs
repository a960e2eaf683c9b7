using Olympics.Orleans.GrainInterfaces.Venues;
using Orleans;
using Orleans.Runtime;

namespace Olympics.Orleans.Silo.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_silo_deactivates_every_grain()
    {
        var silo = await RunningSilo.StartAsync();
        var grains = silo.Service<IGrainFactory>();
        var probe = $"probe-{Guid.NewGuid():N}";
        await grains.GetGrain<IProbeGrain>(probe).PingAsync();
        foreach (var code in new[] { "AAA", "BBB", "CCC" })
        {
            await grains.GetGrain<IVenueGrain>(code).GetVenueAsync();
        }

        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        await silo.DisposeAsync();

        statistics.Where(s => s.GrainType.Contains("VenueGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount).ShouldBe(3);
        statistics.Where(s => s.GrainType.Contains("ProbeGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount).ShouldBe(1);
        ProbeGrain.Deactivated.ShouldContainKeyAndValue(probe, DeactivationReasonCode.ShuttingDown);
    }
}
