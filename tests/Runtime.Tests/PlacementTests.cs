using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Runtime.Placement;
using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class PlacementTests
{
    private static readonly SiloAddress _elsewhere = new("silo-2", 11111);

    [Fact]
    public async Task A_grain_placed_on_another_silo_without_a_transport_fails_clearly()
    {
        await using var host = TestRuntime.Create(services: s => s.AddSingleton<IGrainPlacement>(new FixedPlacement(_elsewhere)));

        var error = await Should.ThrowAsync<InvalidOperationException>(() => host.Grain<ICounterGrain>("remote").Increment());

        error.Message.ShouldContain("no transport to silo silo-2:11111");
        host.Runtime.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_remote_placement_goes_through_the_remote_invoker()
    {
        var invoker = new EchoRemoteInvoker();
        await using var host = TestRuntime.Create(services: s => s
            .AddSingleton<IGrainPlacement>(new FixedPlacement(_elsewhere))
            .AddSingleton<IRemoteGrainInvoker>(invoker));

        (await host.Grain<ICounterGrain>("remote").Increment()).ShouldBe(42);

        invoker.Calls.ShouldBe([$"{_elsewhere} {typeof(ICounterGrain).FullName}/remote Increment"]);
    }

    private sealed class FixedPlacement(SiloAddress silo) : IGrainPlacement
    {
        public SiloAddress Place(GrainId grainId) => silo;
    }

    private sealed class EchoRemoteInvoker : IRemoteGrainInvoker
    {
        public List<string> Calls { get; } = [];

        public Task<T> InvokeAsync<T>(SiloAddress silo, GrainId grainId, System.Reflection.MethodInfo method, object?[] arguments, CancellationToken ct)
        {
            Calls.Add($"{silo} {grainId} {method.Name}");
            return Task.FromResult((T)(object)42);
        }
    }
}
