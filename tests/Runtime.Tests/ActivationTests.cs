using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class ActivationTests
{
    [Fact]
    public async Task First_call_activates_the_grain_once_and_state_survives_between_calls()
    {
        await using var host = TestRuntime.Create();
        var counter = host.Grain<ICounterGrain>("c1");

        (await counter.Increment()).ShouldBe(1);
        (await counter.Increment()).ShouldBe(2);
        (await host.Grain<ICounterGrain>("c1").Current()).ShouldBe(2);

        host.Probe.ActivationsOf("c1").ShouldBe(1);
        host.Runtime.ActivationCount.ShouldBe(1);
    }

    [Fact]
    public async Task Grains_get_constructor_services_from_the_container()
    {
        await using var host = TestRuntime.Create();

        await host.Grain<ICounterGrain>("injected").Increment();

        // CounterGrain reports to the GrainProbe it was given in its constructor.
        host.Probe.ActivationsOf("injected").ShouldBe(1);
    }

    [Fact]
    public async Task Different_keys_are_different_activations()
    {
        await using var host = TestRuntime.Create();

        await host.Grain<ICounterGrain>("a").Increment();
        (await host.Grain<ICounterGrain>("b").Increment()).ShouldBe(1);

        host.Runtime.ActivationCount.ShouldBe(2);
    }

    [Fact]
    public async Task Guid_keyed_grains_see_their_key()
    {
        await using var host = TestRuntime.Create();
        var key = Guid.NewGuid();

        (await host.Runtime.GetGrain<IGuidGrain>(key).GetKey()).ShouldBe(key);
    }

    [Fact]
    public async Task A_failed_activation_reaches_the_caller_and_the_next_call_activates_again()
    {
        await using var host = TestRuntime.Create();
        host.Probe.FailNextActivations(1);
        var flaky = host.Grain<IFlakyGrain>("f1");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => flaky.Ping());
        error.Message.ShouldBe("activation failed on purpose");
        host.Runtime.ActivationCount.ShouldBe(0);

        (await flaky.Ping()).ShouldBe(1);
        host.Probe.ActivationsOf("f1").ShouldBe(2);
    }

    [Fact]
    public async Task A_synchronous_throw_in_a_grain_method_reaches_the_caller_unwrapped()
    {
        await using var host = TestRuntime.Create();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => host.Grain<ISlowGrain>("s").ThrowSynchronously());

        error.Message.ShouldBe("thrown before any await");
    }

    [Fact]
    public async Task Grain_references_name_their_grain()
    {
        await using var host = TestRuntime.Create();

        host.Grain<ICounterGrain>("named").ToString().ShouldBe($"GrainReference({typeof(ICounterGrain).FullName}/named)");
    }
}
