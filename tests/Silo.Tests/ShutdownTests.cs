using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.Runtime;

namespace Olympics.Orleans.Silo.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_silo_deactivates_every_grain()
    {
        var silo = await RunningSilo.StartAsync();
        var runtime = silo.Service<GrainRuntime>();
        var grains = silo.Service<IGrainFactory>();
        var probe = $"probe-{Guid.NewGuid():N}";
        await grains.GetGrain<IProbeGrain>(probe).PingAsync();
        foreach (var code in new[] { "AAA", "BBB", "CCC" })
        {
            await grains.GetGrain<IVenueGrain>(code).GetVenueAsync();
        }

        var before = runtime.ActivationCount;
        await silo.DisposeAsync();

        before.ShouldBe(4);
        runtime.ActivationCount.ShouldBe(0);
        ProbeGrain.Deactivated.ShouldContainKeyAndValue(probe, DeactivationReasonCode.ShuttingDown);
    }
}
