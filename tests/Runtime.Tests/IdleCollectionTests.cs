using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class IdleCollectionTests
{
    private readonly ManualTimeProvider _time = new();

    private TestRuntime CreateHost() => TestRuntime.Create(services: s => s.AddSingleton<TimeProvider>(_time));

    [Fact]
    public async Task An_activation_idle_past_the_default_15_minutes_is_deactivated_and_the_next_call_reactivates()
    {
        await using var host = CreateHost();
        var counter = host.Grain<ICounterGrain>("idle");
        await counter.Increment();

        _time.Advance(TimeSpan.FromMinutes(14));
        await host.Runtime.CollectIdleActivationsAsync();
        host.Probe.WasDeactivated("idle").ShouldBeFalse();

        _time.Advance(TimeSpan.FromMinutes(2));
        await host.Runtime.CollectIdleActivationsAsync();
        host.Probe.Deactivations.ShouldContain(("idle", DeactivationReasonCode.IdleTimeout));
        host.Runtime.ActivationCount.ShouldBe(0);

        (await counter.Increment()).ShouldBe(1);
        host.Probe.ActivationsOf("idle").ShouldBe(2);
    }

    [Fact]
    public async Task The_collection_age_limit_attribute_overrides_the_default_per_grain_class()
    {
        await using var host = CreateHost();
        await host.Grain<IShortLivedGrain>("short").Ping();
        await host.Grain<ICounterGrain>("long").Increment();

        _time.Advance(TimeSpan.FromMinutes(3));
        await host.Runtime.CollectIdleActivationsAsync();

        host.Probe.WasDeactivated("short").ShouldBeTrue();
        host.Probe.WasDeactivated("long").ShouldBeFalse();
    }

    [Fact]
    public async Task A_call_resets_the_idle_clock()
    {
        await using var host = CreateHost();
        var grain = host.Grain<IShortLivedGrain>("touched");
        await grain.Ping();

        _time.Advance(TimeSpan.FromMinutes(1.5));
        await grain.Ping();
        _time.Advance(TimeSpan.FromMinutes(1.5));
        await host.Runtime.CollectIdleActivationsAsync();

        host.Probe.WasDeactivated("touched").ShouldBeFalse();
    }

    [Fact]
    public async Task The_background_loop_collects_on_its_interval()
    {
        await using var host = CreateHost();
        await host.Runtime.StartAsync(TestContext.Current.CancellationToken);
        await host.Grain<IShortLivedGrain>("looped").Ping();

        _time.Advance(TimeSpan.FromMinutes(3));

        await Eventually.True(() => host.Probe.WasDeactivated("looped"), "the collection loop deactivated the idle grain");
        await host.Runtime.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DeactivateOnIdle_deactivates_right_after_the_call()
    {
        await using var host = CreateHost();
        var counter = host.Grain<ICounterGrain>("leaving");
        await counter.Increment();

        await counter.Leave();

        await Eventually.True(() => host.Probe.WasDeactivated("leaving"), "the grain deactivated itself");
        host.Probe.Deactivations.ShouldContain(("leaving", DeactivationReasonCode.ApplicationRequested));
        (await counter.Increment()).ShouldBe(1);
        host.Probe.ActivationsOf("leaving").ShouldBe(2);
    }

    [Fact]
    public async Task StopAsync_deactivates_every_activation_and_refuses_new_ones()
    {
        await using var host = CreateHost();
        await host.Runtime.StartAsync(TestContext.Current.CancellationToken);
        await host.Grain<ICounterGrain>("one").Increment();
        await host.Grain<ICounterGrain>("two").Increment();
        await host.Grain<IShortLivedGrain>("three").Ping();

        await host.Runtime.StopAsync(TestContext.Current.CancellationToken);

        host.Probe.Deactivations.Select(d => d.Key).Order().ShouldBe(["one", "three", "two"]);
        host.Probe.Deactivations.ShouldAllBe(d => d.Reason == DeactivationReasonCode.ShuttingDown);
        host.Runtime.ActivationCount.ShouldBe(0);
        await Should.ThrowAsync<InvalidOperationException>(() => host.Grain<ICounterGrain>("one").Increment());
    }
}
